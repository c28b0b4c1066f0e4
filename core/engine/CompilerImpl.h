#pragma once

// The compiler's internals, shared by its translation units.

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/Bytecode.h"
#include "engine/Compiler.h"
#include "engine/Realm.h"
#include "engine/ScopeAnalysis.h"

namespace reachable {

// Where a variable lives.
struct Storage {
  // Frame: `this`, `new.target` or the function itself, read straight from the frame
  // by the instruction in `index` (no arrow function captures it).
  enum class Place : std::uint8_t { Local, Context, Global, Frame };
  Place place = Place::Global;
  std::uint32_t index = 0;  // the local slot, the slot in its context, or the Frame's instruction
  std::uint32_t hops = 0;   // contexts to walk outwards from the current one
  DeclarationKind kind = DeclarationKind::Var;
  std::string_view name;

  bool needsTdzCheck() const {
    return kind == DeclarationKind::Let || kind == DeclarationKind::Const || kind == DeclarationKind::Class;
  }
  bool isConst() const { return kind == DeclarationKind::Const || kind == DeclarationKind::FunctionName; }
};

class FunctionCompiler;

// A scope as the compiler sees it while inside it: where each of its variables
// went, and whether it has a context at run time.
struct CompileScope {
  ScopeAnalysis::ScopeInfo* info = nullptr;
  CompileScope* outer = nullptr;
  FunctionCompiler* function = nullptr;
  bool hasContext = false;
  std::unordered_map<std::string_view, Storage> variables;
};

// A place a `break` or `continue` can go, with what must be unwound to get there.
struct JumpTarget {
  std::vector<std::string_view> labels;
  bool isLoop = false;
  bool acceptsPlainBreak = false;  // loops and switches
  std::vector<std::size_t> breaks;
  std::vector<std::size_t> continues;
  std::size_t contextDepth = 0;
  std::size_t finallyDepth = 0;
  std::size_t handlerDepth = 0;
  std::uint32_t stackDepth = 0;  // operand-stack entries to drop (a for-of iterator)
  bool ownsIterator = false;
  bool asyncIterator = false;  // a `for await` loop: closing it awaits `return()`
};

class ProgramCompiler;

class FunctionCompiler {
 public:
  FunctionCompiler(ProgramCompiler& program, FunctionCompiler* parent, FunctionCode& code, CompileScope* outerScope);

  void compileProgram(const Program& program);
  void compileFunction(const Function& fn, ScopeAnalysis::ScopeInfo* scope);
  void compileFields(const Class& cls, bool isStatic);
  void bindFunctionSelf();
  void emitImplicitReturnValue();

  // --- emission ---
  std::size_t here() const { return code_.code.size(); }
  // The current position as a jump target: instructions are never fused across it.
  std::size_t label() {
    target_ = here();
    return target_;
  }
  void emit(Op op) {
    // `SetLocal x; Pop`, the shape of every statement that stores a local, becomes
    // one instruction.
    if (op == Op::Pop && lastOp_ + 2 == here() && target_ != here() &&
        code_.code[lastOp_] == static_cast<std::uint32_t>(Op::SetLocal)) {
      code_.code[lastOp_] = static_cast<std::uint32_t>(Op::StoreLocal);
      return;
    }
    lastOp_ = here();
    if (sitePosition_ && mayAllocate(op)) {
      code_.allocationSites.push_back({static_cast<std::uint32_t>(here()), *sitePosition_});
    }
    noteErrorPosition();
    code_.code.push_back(static_cast<std::uint32_t>(op));
  }
  // While it lives, `slot` holds `position`; then again what it held before.
  class PositionScope {
   public:
    PositionScope(std::optional<SourcePosition>& slot, SourcePosition position) : slot_(slot), outer_(slot) {
      slot = position;
    }
    ~PositionScope() { slot_ = outer_; }
    PositionScope(const PositionScope&) = delete;
    PositionScope& operator=(const PositionScope&) = delete;

   private:
    std::optional<SourcePosition>& slot_;
    std::optional<SourcePosition> outer_;
  };
  // While it lives, an error of the instructions emitted is placed where V8 places it:
  // at `position` (an operator, a property's name, a call's name or `(`). Outside
  // every such scope, at the statement.
  struct ErrorAt : PositionScope {
    ErrorAt(FunctionCompiler& compiler, SourcePosition position) : PositionScope(compiler.errorPosition_, position) {}
  };
  // Starts a run of FunctionCode::errorPositions at the instruction about to be
  // emitted when its position differs from the one before.
  void noteErrorPosition() {
    const SourcePosition wanted = errorPosition_.value_or(FunctionCode::kStatementPosition);
    auto& table = code_.errorPositions;
    const SourcePosition before = table.empty() ? FunctionCode::kStatementPosition : table.back().position;
    if (!(wanted == before)) table.push_back({static_cast<std::uint32_t>(here()), wanted});
  }
  // While it lives, the objects that emitted instructions allocate are attributed
  // to `node`: the innermost expression being compiled.
  struct SiteScope : PositionScope {
    SiteScope(FunctionCompiler& compiler, const Node& node) : PositionScope(compiler.sitePosition_, node.range.start) {}
  };
  void emit(Op op, std::uint32_t a) {
    emit(op);
    code_.code.push_back(a);
  }
  void emit(Op op, std::uint32_t a, std::uint32_t b) {
    emit(op, a);
    code_.code.push_back(b);
  }
  void emit(Op op, std::uint32_t a, std::uint32_t b, std::uint32_t c) {
    emit(op, a, b);
    code_.code.push_back(c);
  }
  // A jump whose target is patched later; returns the operand's position.
  std::size_t emitJump(Op op) {
    emit(op, 0);
    return here() - 1;
  }
  void patchHere(std::size_t operand) { code_.code[operand] = static_cast<std::uint32_t>(label()); }
  void patchHere(const std::vector<std::size_t>& operands) {
    for (auto o : operands) patchHere(o);
  }
  void emitJumpTo(Op op, std::size_t target) { emit(op, static_cast<std::uint32_t>(target)); }
  std::uint32_t constant(Value v);
  std::uint32_t name(std::string_view text);
  std::uint32_t string(std::u16string_view text);
  // A BigInt literal's value, made once and kept with the compiled code.
  std::uint32_t bigint(std::u16string_view digits);
  void step(const Node& statement);
  // Counts a turn of a loop that would otherwise pass no statement (`for (;;) {}`).
  void loopStep(const Node& loop);
  // A callee as V8 names it in "x.y is not a function".
  std::uint32_t calleeText(const Node& node);
  // The operand that says "no source text" (the message then describes the value).
  static constexpr std::uint32_t kNoText = 0xFFFF'FFFF;

  // --- scopes and variables ---
  // `parameterSlots`: the argument slots that simple parameters live in directly.
  CompileScope& enterScope(ScopeAnalysis::ScopeInfo* info, bool isFunctionScope,
                           const std::unordered_map<std::string_view, std::uint32_t>& parameterSlots = {});
  std::optional<Op> frameBindingOf(std::string_view name) const;
  void leaveScope();
  Storage resolve(std::string_view name) const;
  void emitLoad(const Storage& s);
  // Assigns the value on top of the stack, leaving it there.
  void emitStore(const Storage& s, bool initializing);
  void emitLoadName(std::string_view name) { emitLoad(resolve(name)); }
  void hoistDeclarations(const CompileScope& scope);
  void hoistFunctions(NodeList body);
  void declareScriptGlobals(CompileScope& scope, NodeList body);
  std::uint32_t newTemporary();
  std::uint32_t newCache() {
    code_.caches.emplace_back();
    return static_cast<std::uint32_t>(code_.caches.size() - 1);
  }

  // --- statements ---
  void compileStatements(NodeList list);
  void compileStatement(const Node* node);
  void compileVariableDeclaration(const VariableDeclaration& decl);
  void compileIf(const IfStatement& s);
  void compileBlock(const BlockStatement& b);
  void compileFor(const ForStatement& s, std::vector<std::string_view> labels);
  void compileForOf(const ForEachStatement& s, std::vector<std::string_view> labels);
  void compileForIn(const ForEachStatement& s, std::vector<std::string_view> labels);
  void compileWhile(const LoopStatement& s, std::vector<std::string_view> labels);
  void compileDoWhile(const LoopStatement& s, std::vector<std::string_view> labels);
  void compileSwitch(const SwitchStatement& s, std::vector<std::string_view> labels);
  void compileLabeled(const LabeledStatement& s);
  void compileJump(const JumpStatement& s);
  void compileReturn(const ValueStatement& s);
  // `return` of the value on top of the stack: loops closed, finally blocks run.
  void emitReturn();
  void compileTry(const TryStatement& s);
  void compileForEachBinding(const ForEachStatement& s);
  std::size_t compileForEachLoop(const ForEachStatement& s, std::vector<std::string_view> labels, Op stepOp,
                                 std::uint32_t stackDepth, bool ownsIterator);
  // Unwinds contexts, handlers and finally blocks down to these depths before a jump.
  void unwindTo(std::size_t contextDepth, std::size_t handlerDepth, std::size_t finallyDepth);
  // Returns how many operand-stack entries the closed loops held.
  std::uint32_t closeLoopsUpTo(std::vector<JumpTarget>::reverse_iterator end);
  // What the operand stack holds between statements here (the iterators of the
  // enclosing for…of loops): where a `return()` resumption of a generator cuts the
  // stack back to before it returns.
  std::uint32_t statementStackDepth() const;

  // --- expressions ---
  void compileExpression(const Node* node);
  void compileExpressionNode(const Node* node);
  void compileDiscarded(const Node* node);
  void compileCompletionStatement(const ValueStatement& statement);
  void resetCompletion();
  void compileBinary(const BinaryExpression& b);
  void compileLogical(const BinaryExpression& b);
  void compileUnary(const UnaryExpression& u);
  void compileUpdate(const UpdateExpression& u);
  // A call where a target goes (`f() = 1`, `f()++`, `for (f() of xs)`): V8 makes the
  // call, then throws the ReferenceError a parser would have made a SyntaxError.
  void compileCallAsTarget(const Node* call, const char* message);
  void compileAssignment(const AssignmentExpression& a);
  void compileCall(const CallExpression& c);
  void compileNew(const CallExpression& c);
  static SourcePosition errorPositionOf(const Node& node);
  // A call's arguments; a spread among them fails at the call's position.
  void compileArguments(const CallExpression& c, bool& spread);
  void compileMember(const MemberExpression& m);
  void compileMemberKey(const MemberExpression& m);
  void compileOptionalChain(const OptionalChain& chain);
  void compileYield(const YieldExpression& y);
  void compileAsyncYieldStar(const YieldExpression& y);
  // Yield or YieldStar with its operands, then the code a `return()` resumption runs.
  void emitSuspension(Op op);
  // AsyncIteratorClose for a `for await` left early: `return()` called and awaited.
  void emitAsyncIteratorClose();
  void emitAsyncIteratorCloseAfterThrow();
  void compileOptionalCheck(std::uint32_t itemsToDrop);
  void compileTemplate(const TemplateLiteral& t);
  void compileTaggedTemplate(const TaggedTemplate& t);
  void compileCallee(const Node& callee);
  void compileDeleteName(std::string_view variable);
  void compileArrayLiteral(const ArrayLiteral& a);
  void compileObjectLiteral(const ObjectLiteral& o);
  void compilePropertyKey(const Node* key, bool computed);
  void compileFunctionExpression(const Function& fn, std::string_view inferredName = {});
  void compileClass(const Class& cls, std::string_view inferredName = {});
  void compileClassMembers(const Class& cls, bool isStatic);
  std::uint32_t compileDefaultConstructor(const Class& cls, std::string_view name);
  std::uint32_t compileFieldInitializer(const Class& cls, bool isStatic);
  void compileNamedValue(const Node* value, std::string_view name);
  bool isAnonymousFunctionDefinition(const Node* node) const;
  std::uint32_t compileNestedFunction(const Function& fn, std::string_view name);

  // --- patterns ---
  // Binds or assigns the value on top of the stack to a target, consuming it.
  void compileBindingTarget(const Node* target, bool initializing);
  void emitRequireObjectCoercible(const ObjectPattern& p, std::uint32_t source);
  void compileObjectPattern(const ObjectPattern& p, bool initializing);
  void compileArrayPattern(const ArrayPattern& p, bool initializing);

  FunctionCode& code() { return code_; }
  ProgramCompiler& program() { return program_; }
  // What a direct eval called here may use, for CallEval's operand.
  DirectEvalSite evalSiteHere() const;

 private:
  ProgramCompiler& program_;
  FunctionCompiler* parent_;
  FunctionCode& code_;
  CompileScope* scope_ = nullptr;       // innermost
  CompileScope* outerScope_ = nullptr;  // the enclosing function's scope at the closure
  std::vector<std::unique_ptr<CompileScope>> scopes_;
  std::size_t contextDepth_ = 0;  // contexts pushed since function entry
  std::size_t handlerDepth_ = 0;  // try handlers active
  std::vector<JumpTarget> targets_;
  std::vector<const BlockStatement*> finallyBlocks_;
  std::vector<std::size_t> finallyContextDepths_;
  std::vector<std::size_t> finallyHandlerDepths_;
  // Stack entries of loops already closed by the jump or return being compiled, while
  // the finally blocks it runs are compiled.
  std::uint32_t closedStackDepth_ = 0;
  std::vector<std::string_view> pendingLabels_;
  std::unordered_map<std::uint64_t, std::uint32_t> constantIndex_;
  std::vector<std::vector<std::size_t>> optionalExits_;
  // For V8's messages about a pattern's value: the source text of what the outermost
  // pattern about to be compiled destructures (a constant; kNoText for none, as for a
  // parameter, whose message names the value), taken by that pattern; and whether the
  // pattern being compiled lies inside another (its value then came from a property
  // read, and its failure reads as one).
  std::uint32_t patternText_ = kNoText;
  bool nestedPattern_ = false;
  std::size_t lastOp_ = static_cast<std::size_t>(-1);  // where the last instruction begins
  std::size_t target_ = static_cast<std::size_t>(-1);  // the last jump target
  // The allocation site of what is emitted now; none outside expressions, where
  // the engine falls back to the statement.
  std::optional<SourcePosition> sitePosition_;
  std::optional<SourcePosition> errorPosition_;  // ErrorAt's
  // Where the value a pattern destructures was written (`let [a] = value`), for V8's
  // position of "is not iterable"; taken by the pattern, like patternText_.
  std::optional<SourcePosition> patternPosition_;
  // Eval code's completion value: the local its statements leave their value in.
  std::optional<std::uint32_t> completionSlot_;
  bool fieldInitializer_ = false;  // a class's field initializers, where `arguments` is refused
  friend class ProgramCompiler;
};

class ProgramCompiler {
 public:
  // A direct eval's code is compiled with its call site; an indirect eval's is global
  // code, whose var scope is the global object.
  ProgramCompiler(const ParseResult& parsed, std::string_view source, Heap& heap,
                  std::optional<DirectEvalSite> directEval = std::nullopt)
      : parsed_(parsed),
        source_(source),
        heap_(heap),
        evalSite_(directEval.value_or(DirectEvalSite{{}, true})),
        analysis_(*parsed.program, {.ownThis = !directEval, .globalVars = globalVars()}) {}
  // The text of a node, in the compiled program's own copy of the source.
  std::string_view textOf(const Node& node) const {
    return source_.substr(node.range.start.offset, node.range.end.offset - node.range.start.offset);
  }
  Heap& heap() { return heap_; }
  const ScopeAnalysis& analysis() const { return analysis_; }
  const ParseResult& parsed() const { return parsed_; }
  // Eval code's: where it was called from (a direct eval), or global code's.
  const DirectEvalSite& evalSite() const { return evalSite_; }
  // Whether the top-level `var`s and functions are properties of the global object:
  // a classic script's are, and sloppy eval code's where its caller's are.
  bool globalVars() const {
    const Program& program = *parsed_.program;
    if (program.goal == ParseGoal::Script) return !program.strict && evalSite_.globalVarScope;
    return program.goal == ParseGoal::StrictScript;
  }

 private:
  const ParseResult& parsed_;
  std::string_view source_;
  Heap& heap_;
  DirectEvalSite evalSite_;
  ScopeAnalysis analysis_;  // after evalSite_, which it is made with
};

}  // namespace reachable
