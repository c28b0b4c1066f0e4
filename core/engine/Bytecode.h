#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/PropertyCache.h"
#include "heap/Value.h"
#include "text/SourcePosition.h"

namespace reachable {

// The instruction set: a stack machine whose instructions are 32-bit words, an
// opcode followed by its operands. Locals live in frame slots below the operand
// stack; captured variables in contexts; names not declared anywhere are looked
// up on the global object. Operands are written after the opcode in the order
// listed.
#define REACHABLE_OPCODES(X)                                                                                           \
  /* statement boundary: the step counter and the timeline's unit */                                                   \
  X(Step, 1) /* statement index */                                                                                     \
  /* a loop's turn that passes no statement: counted, but no step of the timeline */                                  \
  X(LoopStep, 1) /* the loop's statement index */                                                                      \
  X(PushUndefined, 0)                                                                                                  \
  X(PushNull, 0)                                                                                                       \
  X(PushTrue, 0)                                                                                                       \
  X(PushFalse, 0)                                                                                                      \
  X(PushUninitialized, 0) X(PushConstant, 1)               /* constant index */                                        \
      X(Pop, 0) X(Dup, 0) X(Dup2, 0) X(Swap, 0) X(Rot3, 0) /* a b c -> c a b */                                        \
      X(Rot4, 0)                                           /* a b c d -> d a b c */                                    \
      X(GetLocal, 1) X(SetLocal, 1)                        /* leaves the value */                                      \
      X(StoreLocal, 1)                                     /* SetLocal then Pop, fused */                              \
      X(GetLocalChecked, 1)                                /* throws in the temporal dead zone */                      \
      X(SetLocalChecked, 1)                                /* throws in the temporal dead zone */                      \
      X(GetContextSlot, 2)                                 /* depth, slot */                                           \
      X(GetContextSlotChecked, 2) X(SetContextSlot, 2) X(SetContextSlotChecked, 2)                                     \
          X(ThrowConstAssignment, 1)                     /* name constant */                                           \
      X(GetGlobal, 1) X(SetGlobal, 1) X(TypeofGlobal, 1) /* name constant; SetGlobal creates it in sloppy code */       \
      X(DeleteGlobal, 1)                 /* name constant: -> bool; sloppy code's `delete name` of an undeclared name */ \
      X(DeclareGlobal, 1)                /* name constant: value -> ; a classic script's var or function */            \
      X(PushContext, 1)                  /* scope index: a new context for a block or loop body */                     \
      X(PopContext, 0) X(CopyContext, 0) /* a new context with the same values: one per loop iteration */              \
      X(GetProperty, 2)                  /* name constant, cache: obj -> value */                                      \
      X(SetProperty, 2)                  /* name constant, cache: obj value -> value */                                \
      X(GetElement, 0)                   /* obj key -> value */                                                        \
      X(SetElement, 0)                   /* obj key value -> value */                                                  \
      X(DeleteProperty, 0)               /* obj key -> bool */                                                         \
      X(DefineField, 0)                  /* obj key value -> obj: CreateDataProperty */                                \
      X(DefineNamedField, 2)             /* name constant, cache: obj value -> obj */                                  \
      X(DefineMethod, 1)       /* obj key function -> obj; operand: 0 method, 1 getter, 2 setter, +4 non-enumerable */ \
      X(CopyDataProperties, 0) /* obj source -> obj (object spread) */                                                 \
      X(SetPrototype, 0)       /* obj proto -> obj (`__proto__: v` in a literal) */                                    \
      X(NewObject, 0) X(NewArray, 1)        /* capacity */                                                             \
      X(ArrayPush, 0)                       /* array value -> array */                                                 \
      X(ArrayPushHole, 0) X(ArraySpread, 2) /* iterable's text, SpreadPlace: array iterable -> array */                             \
      X(GetTemplateObject, 1)               /* template site: -> the frozen strings array with its raw array */        \
      X(NewRegExp, 2)                       /* pattern, flags constants: -> a new RegExp */                            \
      X(MakeClosure, 1)                     /* function index */                                                       \
      X(MakeClass, 2)                       /* constructor function index, has superclass: [super] -> ctor proto */    \
      X(SetFieldInitializer, 0)             /* ctor proto init -> ctor proto */                                        \
      X(SetHomeObject, 0)                   /* home function -> home function: `super` inside it is home's parent */   \
      X(Add, 0) X(Sub, 0) X(Mul, 0) X(Div, 0) X(Mod, 0) X(Exp, 0) X(BitAnd, 0) X(BitOr, 0) X(BitXor, 0) X(Shl, 0)      \
          X(Sar, 0) X(Shr, 0) X(Eq, 0) X(NotEq, 0) X(StrictEq, 0) X(StrictNotEq, 0) X(Lt, 0) X(Gt, 0) X(Le, 0)         \
              X(Ge, 0) X(InstanceOf, 0) X(In, 0) X(PrivateIn, 1) X(Not, 0) X(Neg, 0) X(ToNumber, 0) X(ToNumeric, 0)    \
                  X(BitNot, 0) X(Typeof, 0) X(Inc, 0) X(Dec, 0) X(ToPropertyKey, 0) X(ToStringForConcat, 0)           \
                      X(ConcatStrings, 1) /* count: strings... -> their concatenation, made once */ X(Jump, 1)          \
                      X(JumpIfFalse, 1) X(JumpIfTrue, 1) /* pop the condition */                                       \
      X(JumpIfFalseKeep, 1) X(JumpIfTrueKeep, 1)         /* keep it when jumping */                                    \
      X(JumpIfNullishKeep, 1) X(JumpIfNotNullishKeep, 1) X(JumpIfNotUndefined, 1)                                      \
          X(Call, 2)                        /* argc, callee text: callee this args... -> result */                     \
      X(CallEval, 3)                        /* as Call, then the DirectEvalSite: a direct eval when the callee is %eval% */ \
      X(CallSpread, 1)                      /* callee text: callee this argsArray -> result */                         \
      X(New, 3) X(NewSpread, 2)             /* argc, callee text, cache for `prototype`: callee args... -> object */   \
      X(SuperCall, 1) X(SuperCallSpread, 0) /* function newTarget args... -> this */                                   \
      X(GetSuperProperty, 0)                /* this function key -> value */                                           \
      X(SetSuperProperty, 0)                /* this function key value -> value */                                     \
      X(Return, 0) X(Throw, 0) X(ThrowError, 2) /* error type, message constant */                                     \
      X(PushThis, 0) X(PushNewTarget, 0) X(PushFunction, 0) X(CreateArguments, 0) X(CreateRest, 1) /* first index */   \
      X(GetIterator, 1)            /* iterable's text: iterable -> iterator next */                                    \
      X(IteratorStep, 1)           /* iterator next -> iterator next value, or jump when done (pops value) */          \
      X(IteratorClose, 0)          /* iterator next -> ; calls `return` unless exhausted */                            \
      X(IteratorCloseAfterThrow, 0) /* iterator next -> ; as IteratorClose, what `return` does ignored */             \
      X(IteratorValue, 0)          /* iterator next -> iterator next value (undefined once exhausted) */               \
      X(IteratorRest, 0)           /* iterator next -> iterator next array of what remains */                          \
      X(GetAsyncIterator, 1)       /* iterable's text: iterable -> iterator next (sync ones wrapped, as for await does) */ \
      X(AsyncIteratorNext, 0)      /* iterator next -> iterator next result-to-await */                                \
      X(AsyncIteratorStep, 1)      /* iterator next result -> iterator next value, or jump when done (pops result) */  \
      X(AsyncIteratorReturn, 1)    /* iterator next -> result-to-await, or jump (empty) when there is no `return` */   \
      X(AsyncIteratorClosed, 0)    /* result -> ; TypeError unless the awaited `return` result is an object */        \
      X(RequireObjectCoercible, 3) /* value -> value; TypeError for null and undefined: source text, first key, as a read */                              \
      X(CopyRestProperties, 0)     /* source excludedKeys -> object */                                                 \
      X(NewPrivateName, 3)         /* name, class name, kind (+4 static) -> a fresh private name */                   \
      X(InitializePrivateMethods, 0) /* this initializer -> this; the instance's private methods, from the prototype */ \
      X(ForInPrepare, 0)           /* object -> keys position */                                                       \
      X(ForInNext, 1)              /* keys position -> keys position key, or jump when done */                         \
      X(EnterTry, 1)               /* handler offset: pushes a handler record */                                       \
      X(LeaveTry, 0) X(Await, 0) X(Debugger, 0)                                                                       \
      /* a generator's body begins: its frame is parked in the generator object, which the call returns */           \
      X(GeneratorStart, 0)                                                                                             \
      /* operand-stack depth at the statement, `return` target: value -> received value (frame parked meanwhile) */    \
      X(Yield, 2)                                                                                                      \
      /* the same operands: iterator next received mode -> the delegate's result value (yield*, resumed in place) */  \
      X(YieldStar, 2)                                                                                                  \
      /* yield* in an async generator: a loop of these two around an Await. Depth, return target (it awaits */         \
      /* first), close target: iterator next received mode -> iterator next received mode result-to-await, or a */     \
      /* jump when the delegate has no `throw` (to the close target, the stack as it was) or no `return` (return */    \
      /* of the received value) */                                                                                     \
      X(AsyncDelegateCall, 3)                                                                                          \
      /* depth, return target, loop target: iterator next received mode result -> the delegate's final value; */       \
      /* else its value is yielded, and the generator resumes at the loop target (AsyncDelegateCall) */                \
      X(AsyncYieldStar, 3)

enum class Op : std::uint8_t {
#define REACHABLE_OPCODE_ENUM(name, operands) name,
  REACHABLE_OPCODES(REACHABLE_OPCODE_ENUM)
#undef REACHABLE_OPCODE_ENUM
};

// GetIterator's operand for `yield*`: no source text, and V8's message for it names
// the value by its type ("number 5 is not iterable (cannot read property …)").
inline constexpr std::uint32_t kDelegatedIterable = 0xFFFF'FFFE;

int operandCount(Op op);
std::string_view opName(Op op);
// Whether an instruction may make an object the program can see (a literal, a
// closure, whatever a called built-in returns): those carry an allocation site.
bool mayAllocate(Op op);

// A block or function scope that has a context: how many slots, and their names.
// A context's cell points at `names`, its first member: a direct eval finds the
// layout from it (Eval.cpp).
struct ContextLayout {
  std::vector<std::string> names;
  std::vector<std::uint8_t> kinds;  // each slot's DeclarationKind, for direct eval code
};

// One function, compiled.
struct FunctionCode {
  enum class Kind : std::uint8_t {
    Normal,
    Arrow,
    Method,
    Getter,
    Setter,
    ClassConstructor,
    DerivedConstructor,
    Module,
    Eval  // code given to eval: a script whose result is its completion value
  };

  std::string name;
  Value nameValue;  // `name`, interned: every closure made from this code shares it
  Kind kind = Kind::Normal;
  bool isAsync = false;
  bool isGenerator = false;
  // Strict mode code, as the parser decided (Function::strict, Program::strict). Sloppy
  // code (from eval and new Function only) boxes a primitive `this` and takes the
  // global object for a missing one, creates a global by assigning to an undeclared
  // name, and lets a failed assignment or delete fail without an error.
  bool strict = true;
  // Made from a string (eval, new Function) and placed at the caller's site.
  bool placedAtCaller = false;
  std::uint32_t paramCount = 0;   // the `length` of the function
  std::uint32_t formalCount = 0;  // parameter slots filled from the arguments
  std::uint32_t localCount = 0;
  std::vector<std::string> localNames;  // for the GUI's frames; "" for temporaries
  // The context the function makes on entry for its captured parameters and
  // variables, or none (-1).
  std::int32_t functionContext = -1;
  std::vector<ContextLayout> contexts;
  std::vector<std::uint32_t> code;
  std::vector<Value> constants;  // numbers and interned strings only: nothing to trace
  // One inline cache per property access instruction: run-time state, filled as
  // the code runs.
  mutable std::vector<PropertyCache> caches;
  std::vector<std::unique_ptr<FunctionCode>> functions;
  // Tagged template sites: each one's cooked strings (undefined where an escape is
  // invalid) and raw strings, interned.
  struct TemplateSite {
    std::vector<Value> cooked;
    std::vector<Value> raw;
  };
  std::vector<TemplateSite> templates;
  std::vector<SourceRange> statements;  // by Step operand
  // The expression each allocating instruction belongs to, by the pc where the
  // instruction begins, in pc order.
  struct AllocationSite {
    std::uint32_t pc;
    SourcePosition position;
  };
  std::vector<AllocationSite> allocationSites;
  // Where V8 places an error of each instruction, as runs: from an entry's pc on, up to
  // the next entry, errors are at its position, or at their statement where that is
  // kStatementPosition. In pc order.
  struct ErrorPosition {
    std::uint32_t pc;
    SourcePosition position;
  };
  static constexpr SourcePosition kStatementPosition{0, 0, 0};
  std::vector<ErrorPosition> errorPositions;
  SourceRange range;
  std::string_view sourceText;  // Function.prototype.toString; in its CompiledProgram's source

  bool isConstructor() const {
    if (isGenerator) return false;
    return kind == Kind::Normal || kind == Kind::ClassConstructor || kind == Kind::DerivedConstructor;
  }
  bool isAsyncGenerator() const { return isAsync && isGenerator; }
  bool isClassConstructor() const { return kind == Kind::ClassConstructor || kind == Kind::DerivedConstructor; }
  // The expression whose instruction ends just before `pc`, where a running frame's
  // pc stands while that instruction allocates; nothing for other instructions.
  std::optional<SourcePosition> allocationSiteEndingAt(std::size_t pc) const;
  // Where V8 places an error of the instruction that began before `pc` (a running
  // frame's pc, past the instruction it runs); nothing where that is its statement.
  std::optional<SourcePosition> errorPositionBefore(std::size_t pc) const;
};

// The instructions of a function and those nested in it, one per line, for
// reachable-cli check --bytecode and for debugging the compiler.
std::string disassemble(const FunctionCode& code);

}  // namespace reachable
