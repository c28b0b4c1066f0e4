// The run loop: one switch over the instruction set, over frames the interpreter
// owns. Operands stay on the stack until an operation is done with them, so that a
// collection started by user code they call (a getter, valueOf, gc()) sees them.
#include <cmath>

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/EvalSite.h"
#include "engine/Interpreter.h"
#include "engine/Iteration.h"
#include "engine/ObjectOps.h"
#include "engine/Operators.h"
#include "engine/PrivateNames.h"
#include "engine/Promises.h"
#include "format/Int32Conversion.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

std::string tdzMessage(std::string_view name) {
  if (name == "this") {
    return "Must call super constructor in derived class before accessing 'this' or returning from derived constructor";
  }
  return "Cannot access '" + std::string(name) + "' before initialization";
}

// The source text an operand names (a constant), or empty for "none".
std::u16string_view sourceTextOf(Heap& heap, const Value* constants, std::uint32_t operand) {
  if (operand == 0xFFFF'FFFF) return {};
  return heap.text(constants[operand]);
}

// V8's words for a pattern that meets null or undefined (`value`): named by the source
// text of what it destructures, or without one as V8's default call site names a value
// ("undefined", "object null"); by its first key when it has a plain one; and as the
// property read it is when nested or defaulted.
std::string cannotDestructure(Value value, std::u16string_view source, std::u16string_view key, bool asRead) {
  const std::string kind = value.isNull() ? "null" : "undefined";
  if (asRead) return "Cannot read properties of " + kind + " (reading '" + toUtf8(key) + "')";
  const std::string named = source.empty() ? (value.isNull() ? "object null" : "undefined") : toUtf8(source);
  if (key.empty()) return "Cannot destructure '" + named + "' as it is " + kind + ".";
  return "Cannot destructure property '" + toUtf8(key) + "' of '" + named + "' as it is " + kind + ".";
}

// 0, 1, 2, … up to 2^31 - 1 (not -0): what `i % n` usually divides.
bool isSmallNatural(double d) {
  return !std::signbit(d) && d <= 2147483647.0 && static_cast<double>(static_cast<std::int32_t>(d)) == d;
}

Context& contextAt(Heap& heap, CellId context, std::uint32_t hops) {
  for (; hops > 0; --hops) context = heap.as<Context>(context).parent;
  return heap.as<Context>(context);
}

}  // namespace

Value Interpreter::run(std::size_t entryDepth) {
  Heap& heap = engine_.heap();
  const Atoms& atoms = engine_.atoms();
  const std::uint64_t stepBudget = engine_.options().stepBudget;
  Frame* frame = &frames_.back();
  const std::uint32_t* code = frame->code->code.data();
  const Value* constants = frame->code->constants.data();

#define REFRESH()                              \
  do {                                         \
    frame = &frames_.back();                   \
    code = frame->code->code.data();           \
    constants = frame->code->constants.data(); \
  } while (0)
#define OPERAND() code[frame->pc++]
#define THROW() goto handleThrow
#define CHECK(v)                    \
  do {                              \
    if ((v).isException()) THROW(); \
  } while (0)

  for (;;) {
    auto op = static_cast<Op>(code[frame->pc++]);
    switch (op) {
      case Op::Step:
        frame->statement = OPERAND();
        if (++steps_ > stepBudget || engine_.stepStream() || heap.someCollectionDue()) {
          if (!executeStep(*frame)) THROW();
        }
        break;
      case Op::LoopStep: {
        auto loop = OPERAND();
        if (++steps_ > stepBudget || heap.someCollectionDue()) {
          if (!checkBudgets(frame->code->statements[loop].start)) THROW();
        }
        break;
      }
      case Op::PushUndefined: *sp_++ = Value::undefined(); break;
      case Op::PushNull: *sp_++ = Value::null(); break;
      case Op::PushTrue: *sp_++ = Value::boolean(true); break;
      case Op::PushFalse: *sp_++ = Value::boolean(false); break;
      case Op::PushUninitialized: *sp_++ = Value::uninitialized(); break;
      case Op::PushConstant: *sp_++ = constants[OPERAND()]; break;
      case Op::Pop: --sp_; break;
      case Op::Dup:
        *sp_ = sp_[-1];
        ++sp_;
        break;
      case Op::Dup2:
        sp_[0] = sp_[-2];
        sp_[1] = sp_[-1];
        sp_ += 2;
        break;
      case Op::Swap: std::swap(sp_[-1], sp_[-2]); break;
      case Op::Rot3: {
        Value c = sp_[-1];
        sp_[-1] = sp_[-2];
        sp_[-2] = sp_[-3];
        sp_[-3] = c;
        break;
      }
      case Op::Rot4: {
        Value d = sp_[-1];
        sp_[-1] = sp_[-2];
        sp_[-2] = sp_[-3];
        sp_[-3] = sp_[-4];
        sp_[-4] = d;
        break;
      }
      case Op::GetLocal: *sp_++ = frame->base[OPERAND()]; break;
      case Op::SetLocal: {
        auto slot = OPERAND();
        frame->base[slot] = sp_[-1];
        noteLocalWrite(*frame, slot);
        break;
      }
      case Op::StoreLocal: {
        auto slot = OPERAND();
        frame->base[slot] = *--sp_;
        noteLocalWrite(*frame, slot);
        break;
      }
      case Op::GetLocalChecked: {
        auto slot = OPERAND();
        Value v = frame->base[slot];
        if (v.isUninitialized()) {
          engine_.throwError(ErrorType::ReferenceError, tdzMessage(frame->code->localNames[slot]));
          THROW();
        }
        *sp_++ = v;
        break;
      }
      case Op::SetLocalChecked: {
        auto slot = OPERAND();
        if (frame->base[slot].isUninitialized()) {
          engine_.throwError(ErrorType::ReferenceError, tdzMessage(frame->code->localNames[slot]));
          THROW();
        }
        frame->base[slot] = sp_[-1];
        noteLocalWrite(*frame, slot);
        break;
      }
      case Op::GetContextSlot:
      case Op::GetContextSlotChecked: {
        auto hops = OPERAND();
        auto slot = OPERAND();
        Context& context = contextAt(heap, frame->context, hops);
        Value v = context.slots[slot];
        if (op == Op::GetContextSlotChecked && v.isUninitialized()) {
          engine_.throwError(ErrorType::ReferenceError, tdzMessage((*context.slotNames)[slot]));
          THROW();
        }
        *sp_++ = v;
        break;
      }
      case Op::SetContextSlot:
      case Op::SetContextSlotChecked: {
        auto hops = OPERAND();
        auto slot = OPERAND();
        Context& context = contextAt(heap, frame->context, hops);
        if (op == Op::SetContextSlotChecked && context.slots[slot].isUninitialized()) {
          engine_.throwError(ErrorType::ReferenceError, tdzMessage((*context.slotNames)[slot]));
          THROW();
        }
        heap.noteWrite(context);
        context.slots[slot] = sp_[-1];
        break;
      }
      case Op::ThrowConstAssignment:
        ++frame->pc;
        engine_.throwError(ErrorType::TypeError, "Assignment to constant variable.");
        THROW();
      case Op::GetGlobal:
      case Op::TypeofGlobal: {
        Value name = constants[OPERAND()];
        auto key = PropertyKey::fromAtom(name);
        CellId global = engine_.intrinsic(Intrinsic::GlobalObject);
        if (!ops::hasProperty(engine_, global, key)) {
          if (op == Op::TypeofGlobal) {
            *sp_++ = atoms.undefined;
            break;
          }
          engine_.throwError(ErrorType::ReferenceError, stringText(engine_, name) + " is not defined");
          THROW();
        }
        Value v = ops::getFromObject(engine_, global, key, Value::object(global));
        CHECK(v);
        *sp_++ = op == Op::TypeofGlobal ? engine_.intern(typeofName(engine_, v)) : v;
        break;
      }
      case Op::DeclareGlobal: {
        // A var keeps a value the global object already has; a function replaces it.
        Value name = constants[OPERAND()];
        auto key = PropertyKey::fromAtom(name);
        CellId global = engine_.intrinsic(Intrinsic::GlobalObject);
        bool isVar = sp_[-1].isUndefined();
        if (!isVar || !ops::hasOwnProperty(engine_, global, key)) {
          // Eval code's declarations can be deleted (ECMA-262 EvalDeclarationInstantiation).
          bool deletable = frame->code->kind == FunctionCode::Kind::Eval;
          PropertyDescriptor d =
              PropertyDescriptor::data(sp_[-1], kWritable | kEnumerable | (deletable ? kConfigurable : 0));
          if (!ops::defineOwnProperty(engine_, global, key, d, true)) THROW();
        }
        --sp_;
        break;
      }
      case Op::SetGlobal: {
        Value name = constants[OPERAND()];
        auto key = PropertyKey::fromAtom(name);
        CellId global = engine_.intrinsic(Intrinsic::GlobalObject);
        const bool strict = frame->code->strict;
        // Sloppy code creates the global it names; strict code may only change one.
        if (strict && !ops::hasProperty(engine_, global, key)) {
          engine_.throwError(ErrorType::ReferenceError, stringText(engine_, name) + " is not defined");
          THROW();
        }
        if (!ops::setOnObject(engine_, global, key, sp_[-1], Value::object(global), strict)) {
          if (strict || engine_.hasPendingException()) THROW();
        }
        break;
      }
      case Op::DeleteGlobal: {
        auto key = PropertyKey::fromAtom(constants[OPERAND()]);
        auto deleted = ops::tryDelete(engine_, engine_.intrinsic(Intrinsic::GlobalObject), key);
        if (!deleted) THROW();
        *sp_++ = Value::boolean(*deleted);
        break;
      }
      case Op::PushContext: {
        const auto& layout = frame->code->contexts[OPERAND()];
        frame->context = heap.make<Context>(frame->context, layout.names.size(), &layout.names).id;
        break;
      }
      case Op::PopContext: frame->context = heap.as<Context>(frame->context).parent; break;
      case Op::CopyContext: {
        const Context& old = heap.as<Context>(frame->context);
        auto& copy = heap.make<Context>(old.parent, old.slots.size(), old.slotNames);
        copy.slots = heap.as<Context>(frame->context).slots;
        frame->context = copy.id;
        break;
      }
      case Op::GetProperty: {
        Value key = constants[OPERAND()];
        PropertyCache& cache = frame->code->caches[OPERAND()];
        Value v;
        if (!property_cache::get(engine_, cache, sp_[-1], v)) {
          v = ops::get(engine_, sp_[-1], PropertyKey::fromAtom(key));
          CHECK(v);
          property_cache::rememberGet(engine_, cache, sp_[-1], key);
        }
        sp_[-1] = v;
        break;
      }
      case Op::SetProperty: {
        Value key = constants[OPERAND()];
        PropertyCache& cache = frame->code->caches[OPERAND()];
        Value receiver = sp_[-2];
        if (!property_cache::set(engine_, cache, receiver, sp_[-1])) {
          const Shape* before = nullptr;
          bool wasDictionary = true;
          if (receiver.isObject() && isObjectKind(heap.get(receiver.asCell()).kind)) {
            const auto& properties = heap.as<JSObject>(receiver).properties;
            before = properties.shape();
            wasDictionary = properties.isDictionary();
          }
          if (!ops::set(engine_, receiver, PropertyKey::fromAtom(key), sp_[-1], frame->code->strict)) THROW();
          property_cache::rememberSet(engine_, cache, receiver, key, before, wasDictionary);
        }
        sp_[-2] = sp_[-1];
        --sp_;
        break;
      }
      case Op::GetElement: {
        auto key = ops::toPropertyKey(engine_, sp_[-1]);
        if (!key) THROW();
        Value v = ops::get(engine_, sp_[-2], *key);
        CHECK(v);
        sp_[-2] = v;
        --sp_;
        break;
      }
      case Op::SetElement: {
        auto key = ops::toPropertyKey(engine_, sp_[-2]);
        if (!key || !ops::set(engine_, sp_[-3], *key, sp_[-1], frame->code->strict)) THROW();
        sp_[-3] = sp_[-1];
        sp_ -= 2;
        break;
      }
      case Op::ToPropertyKey: {
        if (sp_[-1].isNumber() || sp_[-1].isSymbol() || sp_[-1].isString()) break;
        auto key = ops::toPropertyKey(engine_, sp_[-1]);
        if (!key) THROW();
        sp_[-1] = ops::keyToValue(engine_, *key);
        break;
      }
      case Op::DeleteProperty: {
        Value object = toObject(engine_, sp_[-2]);
        CHECK(object);
        sp_[-2] = object;
        auto key = ops::toPropertyKey(engine_, sp_[-1]);
        if (!key) THROW();
        auto deleted = ops::deleteProperty(engine_, object.asCell(), *key, frame->code->strict);
        if (!deleted) THROW();
        sp_[-2] = Value::boolean(*deleted);
        --sp_;
        break;
      }
      case Op::DefineField: {
        auto key = ops::toPropertyKey(engine_, sp_[-2]);
        if (!key) THROW();
        const bool defined = isPrivateName(engine_, *key)
                                 ? definePrivateField(engine_, sp_[-3].asCell(), *key, sp_[-1])
                                 : ops::createDataProperty(engine_, sp_[-3].asCell(), *key, sp_[-1]);
        if (!defined) THROW();
        sp_ -= 2;
        break;
      }
      case Op::DefineNamedField: {
        Value key = constants[OPERAND()];
        PropertyCache& cache = frame->code->caches[OPERAND()];
        Value object = sp_[-2];
        if (!property_cache::define(engine_, cache, object, sp_[-1])) {
          const auto& properties = heap.as<JSObject>(object).properties;
          const Shape* before = properties.shape();
          bool wasDictionary = properties.isDictionary();
          if (!ops::createDataProperty(engine_, object.asCell(), PropertyKey::fromAtom(key), sp_[-1])) THROW();
          property_cache::rememberDefine(engine_, cache, object, key, before, wasDictionary);
        }
        --sp_;
        break;
      }
      case Op::DefineMethod:
        if (!defineMethod(OPERAND())) THROW();
        break;
      case Op::CopyDataProperties:
        if (!copyDataProperties(sp_[-2], sp_[-1], Value::undefined())) THROW();
        --sp_;
        break;
      case Op::CopyRestProperties: {
        Value target = engine_.newObject();
        Value excluded = sp_[-1];
        sp_[-1] = target;
        if (!copyDataProperties(target, sp_[-2], excluded)) THROW();
        sp_[-2] = target;
        --sp_;
        break;
      }
      case Op::SetPrototype: {
        Value proto = sp_[-1];
        if (proto.isObject() || proto.isNull()) {
          heap.as<JSObject>(sp_[-2]).proto = proto.isNull() ? kNoCell : proto.asCell();
        }
        --sp_;
        break;
      }
      case Op::NewObject: *sp_++ = engine_.newObject(); break;
      case Op::NewArray: {
        // The operand is read first: an allocation's site is found from the pc
        // just past its instruction.
        const auto capacity = OPERAND();
        Value array = engine_.newArray();
        heap.as<JSObject>(array).elements.reserve(capacity);
        *sp_++ = array;
        break;
      }
      case Op::ArrayPush:
      case Op::ArrayPushHole: {
        Value value = op == Op::ArrayPush ? sp_[-1] : Value::hole();
        if (op == Op::ArrayPush) --sp_;
        auto& array = heap.as<JSObject>(sp_[-1]);
        heap.noteElementsFrom(array, static_cast<std::uint32_t>(array.elements.size()));
        array.elements.push_back(value);
        heap.reaccount(array);
        break;
      }
      case Op::ArraySpread: {
        const std::u16string_view text = sourceTextOf(heap, constants, OPERAND());
        if (!appendIterated(engine_, sp_[-2], sp_[-1], text, static_cast<SpreadPlace>(OPERAND()))) THROW();
        --sp_;
        break;
      }
      case Op::GetTemplateObject: *sp_++ = templateObject(*frame->code, OPERAND()); break;
      case Op::NewRegExp: {
        const Value pattern = constants[OPERAND()];
        const Value flags = constants[OPERAND()];
        Value regexp = newRegExpLiteral(engine_, heap.text(pattern), heap.text(flags));
        if (regexp.isException()) THROW();
        *sp_++ = regexp;
        break;
      }
      case Op::MakeClosure: {
        const FunctionCode& nested = *frame->code->functions[OPERAND()];
        *sp_++ = Value::object(makeClosure(nested, frame->context, nested.kind != FunctionCode::Kind::Normal));
        break;
      }
      case Op::MakeClass: {
        auto index = OPERAND();
        bool hasSuper = OPERAND() != 0;
        if (!makeClass(*frame->code->functions[index], frame->context, hasSuper)) THROW();
        break;
      }
      case Op::SetHomeObject: {
        auto& fn = heap.as<JSFunction>(sp_[-1]);
        heap.noteWrite(fn);
        fn.homeObject = sp_[-2];
        break;
      }
      case Op::SetFieldInitializer: {
        auto& ctor = heap.as<JSFunction>(sp_[-3]);
        heap.noteWrite(ctor);
        ctor.hostSlots = {sp_[-1]};
        heap.as<JSFunction>(sp_[-1]).homeObject = sp_[-2];
        --sp_;
        break;
      }
      case Op::Add: {
        Value a = sp_[-2], b = sp_[-1];
        Value v = a.isNumber() && b.isNumber() ? Value::number(a.asNumber() + b.asNumber()) : addValues(engine_, a, b);
        CHECK(v);
        sp_[-2] = v;
        --sp_;
        break;
      }
      case Op::Sub:
      case Op::Mul:
      case Op::Div:
      case Op::Mod:
      case Op::Exp:
      case Op::BitAnd:
      case Op::BitOr:
      case Op::BitXor:
      case Op::Shl:
      case Op::Sar:
      case Op::Shr: {
        Value a = sp_[-2], b = sp_[-1];
        Value v;
        if (!a.isNumber() || !b.isNumber()) {
          v = arithmetic(engine_, op, a, b);
        } else if (op == Op::Sub) {
          v = Value::number(a.asNumber() - b.asNumber());
        } else if (op == Op::Mul) {
          v = Value::number(a.asNumber() * b.asNumber());
        } else if (op == Op::Mod && isSmallNatural(a.asNumber()) && isSmallNatural(b.asNumber()) && b.asNumber() > 0) {
          // A remainder of naturals is a natural: no fmod, and no -0 to produce.
          v = Value::number(static_cast<std::int32_t>(a.asNumber()) % static_cast<std::int32_t>(b.asNumber()));
        } else {
          v = numberArithmetic(op, a.asNumber(), b.asNumber());
        }
        CHECK(v);
        sp_[-2] = v;
        --sp_;
        break;
      }
      case Op::Lt:
      case Op::Gt:
      case Op::Le:
      case Op::Ge: {
        Value a = sp_[-2], b = sp_[-1];
        Value v;
        if (a.isNumber() && b.isNumber()) {
          double x = a.asNumber(), y = b.asNumber();
          v = Value::boolean(op == Op::Lt ? x < y : op == Op::Gt ? x > y : op == Op::Le ? x <= y : x >= y);
        } else {
          v = compareValues(engine_, op, a, b);
          CHECK(v);
        }
        sp_[-2] = v;
        --sp_;
        break;
      }
      case Op::StrictEq:
      case Op::StrictNotEq: {
        bool equal = strictEquals(engine_, sp_[-2], sp_[-1]);
        sp_[-2] = Value::boolean(op == Op::StrictEq ? equal : !equal);
        --sp_;
        break;
      }
      case Op::Eq:
      case Op::NotEq: {
        auto equal = looseEquals(engine_, sp_[-2], sp_[-1]);
        if (!equal) THROW();
        sp_[-2] = Value::boolean(op == Op::Eq ? *equal : !*equal);
        --sp_;
        break;
      }
      case Op::InstanceOf:
      case Op::In: {
        Value v = op == Op::InstanceOf ? instanceOf(engine_, sp_[-2], sp_[-1]) : inOperator(engine_, sp_[-2], sp_[-1]);
        CHECK(v);
        sp_[-2] = v;
        --sp_;
        break;
      }
      case Op::PrivateIn: {
        ++frame->pc;
        if (!sp_[-2].isObject()) {
          engine_.throwError(ErrorType::TypeError, "Cannot use 'in' operator to search for '" +
                                                       privateNameText(engine_, sp_[-1]) + "' in " +
                                                       toDisplayString(engine_, sp_[-2]));
          THROW();
        }
        bool has = hasPrivate(engine_, sp_[-2].asCell(), PropertyKey::fromAtom(sp_[-1]));
        sp_[-2] = Value::boolean(has);
        --sp_;
        break;
      }
      case Op::Not: sp_[-1] = Value::boolean(!toBoolean(engine_, sp_[-1])); break;
      case Op::Neg:
      case Op::ToNumber:
      case Op::ToNumeric:
      case Op::BitNot:
      case Op::Inc:
      case Op::Dec: {
        if (!sp_[-1].isNumber()) {
          Value v = unaryArithmetic(engine_, op, sp_[-1]);
          CHECK(v);
          sp_[-1] = v;
          break;
        }
        double d = sp_[-1].asNumber();
        switch (op) {
          case Op::Neg: d = -d; break;
          case Op::BitNot: d = ~toInt32(d); break;
          case Op::Inc: d += 1; break;
          case Op::Dec: d -= 1; break;
          default: break;
        }
        sp_[-1] = Value::number(d);
        break;
      }
      case Op::Typeof: sp_[-1] = engine_.intern(typeofName(engine_, sp_[-1])); break;
      case Op::ToStringForConcat: {
        Value s = toString(engine_, sp_[-1]);
        CHECK(s);
        sp_[-1] = s;
        break;
      }
      case Op::ConcatStrings: {
        auto count = OPERAND();
        Value v = concatStrings(engine_, std::span<const Value>(sp_ - count, count));
        CHECK(v);
        sp_ -= count;
        *sp_++ = v;
        break;
      }
      case Op::Jump: frame->pc = code[frame->pc]; break;
      case Op::JumpIfFalse:
      case Op::JumpIfTrue: {
        bool truthy = toBoolean(engine_, *--sp_);
        auto target = OPERAND();
        if (truthy == (op == Op::JumpIfTrue)) frame->pc = target;
        break;
      }
      case Op::JumpIfFalseKeep:
      case Op::JumpIfTrueKeep: {
        bool truthy = toBoolean(engine_, sp_[-1]);
        auto target = OPERAND();
        if (truthy == (op == Op::JumpIfTrueKeep)) frame->pc = target;
        break;
      }
      case Op::JumpIfNullishKeep:
      case Op::JumpIfNotNullishKeep: {
        bool nullish = sp_[-1].isNullish();
        auto target = OPERAND();
        if (nullish == (op == Op::JumpIfNullishKeep)) frame->pc = target;
        break;
      }
      case Op::JumpIfNotUndefined: {
        auto target = OPERAND();
        if (!sp_[-1].isUndefined()) frame->pc = target;
        break;
      }
      case Op::Call:
      case Op::CallEval:
      case Op::CallSpread: {
        std::uint32_t argc = op == Op::CallSpread ? 0 : OPERAND();
        Value text = constants[OPERAND()];
        if (op == Op::CallSpread && !spreadArguments(argc)) THROW();
        Value callee = sp_[-static_cast<std::ptrdiff_t>(argc) - 2];
        const std::uint32_t evalSite = op == Op::CallEval ? OPERAND() : 0;
        if (op == Op::CallEval && callee == Value::object(engine_.intrinsic(Intrinsic::Eval))) {
          if (!directEvalOnStack(argc, frame->context, decodeEvalSite(evalSite))) THROW();
          REFRESH();
          break;
        }
        if (!engine_.isCallable(callee)) {
          engine_.throwError(ErrorType::TypeError, stringText(engine_, text) + " is not a function");
          THROW();
        }
        if (!callOnStack(argc)) THROW();
        REFRESH();
        break;
      }
      case Op::New:
      case Op::NewSpread: {
        std::uint32_t argc = op == Op::New ? OPERAND() : 0;
        Value text = constants[OPERAND()];
        PropertyCache& cache = frame->code->caches[OPERAND()];
        if (op == Op::NewSpread && !spreadArguments(argc, false)) THROW();
        Value callee = sp_[-static_cast<std::ptrdiff_t>(argc) - 1];
        if (!engine_.isConstructor(callee)) {
          engine_.throwError(ErrorType::TypeError, stringText(engine_, text) + " is not a constructor");
          THROW();
        }
        if (!constructOnStack(argc, cache)) THROW();
        REFRESH();
        break;
      }
      case Op::SuperCall:
      case Op::SuperCallSpread: {
        std::uint32_t argc = op == Op::SuperCall ? OPERAND() : 0;
        if (op == Op::SuperCallSpread && !spreadArguments(argc, false)) THROW();
        if (!superCall(argc)) THROW();
        break;
      }
      case Op::GetSuperProperty:
      case Op::SetSuperProperty: {
        bool isSet = op == Op::SetSuperProperty;
        Value* at = sp_ - (isSet ? 4 : 3);
        Value receiver = at[0];
        CellId home = heap.as<JSFunction>(at[1]).homeObject.asCell();
        CellId parent = heap.as<JSObject>(home).proto;
        auto key = ops::toPropertyKey(engine_, at[2]);
        if (!key) THROW();
        Value result;
        if (isSet) {
          const bool strict = frame->code->strict;
          if (!ops::setOnObject(engine_, parent, *key, at[3], receiver, strict) &&
              (strict || engine_.hasPendingException())) {
            THROW();
          }
          result = at[3];
        } else {
          result = parent == kNoCell ? Value::undefined() : ops::getFromObject(engine_, parent, *key, receiver);
          CHECK(result);
        }
        at[0] = result;
        sp_ = at + 1;
        break;
      }
      case Op::Return: {
        Value result = finishReturn(*frame, sp_[-1]);
        CHECK(result);
        if (!frame->asyncPromise.isUndefined()) {
          promises::resolve(engine_, frame->asyncPromise.asCell(), result);
          result = frame->asyncPromise;
        } else if (!frame->generator.isUndefined()) {
          result = iteratorResult(engine_, result, true);
        }
        if (frame->code->kind == FunctionCode::Kind::Module) noteModuleFinished();
        if (popFrame(result)) return result;
        REFRESH();
        break;
      }
      case Op::Throw: engine_.throwValue(*--sp_); THROW();
      case Op::ThrowError: {
        auto type = static_cast<ErrorType>(OPERAND());
        engine_.throwError(type, stringText(engine_, constants[OPERAND()]));
        THROW();
      }
      case Op::PushThis: *sp_++ = frame->thisValue; break;
      case Op::PushNewTarget: *sp_++ = frame->newTarget; break;
      case Op::PushFunction: *sp_++ = frame->callee; break;
      case Op::CreateArguments: *sp_++ = createArguments(*frame); break;
      case Op::CreateRest:
        ++frame->pc;
        *sp_++ = engine_.newArray(frame->extraArguments);
        break;
      case Op::GetIterator: {
        const std::uint32_t text = OPERAND();
        if (text == kDelegatedIterable) {
          auto record = getDelegateIterator(engine_, sp_[-1]);
          if (!record) THROW();
          sp_[-1] = record->iterator;
          *sp_++ = record->next;
        } else if (!getIterator(sourceTextOf(heap, constants, text))) {
          THROW();
        }
        break;
      }
      case Op::IteratorStep: {
        auto target = OPERAND();
        bool done = false;
        if (!iteratorStep(sp_ - 2, done)) THROW();
        if (done) frame->pc = target;
        break;
      }
      case Op::IteratorValue: {
        bool done = sp_[-1].isUndefined();
        if (!done && !iteratorStep(sp_ - 2, done)) THROW();
        if (done) {
          sp_[-1] = Value::undefined();
          *sp_++ = Value::undefined();
        }
        break;
      }
      case Op::IteratorRest: {
        // [iterator next] -> [iterator next array]; the values wait on the stack,
        // where the collector sees them, until the array is made.
        Value* record = sp_ - 2;
        bool done = record[1].isUndefined();
        while (!done) {
          if (!checkStackRoom(1) || !iteratorStep(record, done)) THROW();
        }
        std::vector<Value> rest(record + 2, sp_);
        sp_ = record + 2;
        record[1] = Value::undefined();
        *sp_++ = engine_.newArray(std::move(rest));
        break;
      }
      case Op::IteratorClose:
        if (!iteratorClose()) THROW();
        break;
      case Op::IteratorCloseAfterThrow:
        if (!iteratorClose()) engine_.takePendingException();
        break;
      case Op::GetAsyncIterator: {
        const std::uint32_t text = OPERAND();
        const bool delegated = text == kDelegatedIterable;
        if (!getAsyncIterator(delegated ? std::u16string_view() : sourceTextOf(heap, constants, text), delegated))
          THROW();
        break;
      }
      case Op::AsyncIteratorNext: {
        Value result = engine_.call(sp_[-1], sp_[-2], {});
        CHECK(result);
        *sp_++ = result;
        break;
      }
      case Op::AsyncIteratorStep: {
        auto target = OPERAND();
        bool done = false;
        if (!asyncIteratorStep(done)) THROW();
        if (done) frame->pc = target;
        break;
      }
      case Op::AsyncIteratorReturn: {
        auto target = OPERAND();
        bool absent = false;
        if (!asyncIteratorReturn(absent)) THROW();
        if (absent) frame->pc = target;
        break;
      }
      case Op::AsyncIteratorClosed:
        if (!sp_[-1].isObject()) {
          engine_.throwError(ErrorType::TypeError,
                             "Iterator result " + toDisplayString(engine_, sp_[-1]) + " is not an object");
          THROW();
        }
        --sp_;
        break;
      case Op::RequireObjectCoercible: {
        const std::uint32_t source = OPERAND(), key = OPERAND(), read = OPERAND();
        if (sp_[-1].isNullish()) {
          engine_.throwError(ErrorType::TypeError,
                             cannotDestructure(sp_[-1], sourceTextOf(heap, constants, source),
                                               sourceTextOf(heap, constants, key), read != 0));
          THROW();
        }
        break;
      }
      case Op::ForInPrepare:
        sp_[-1] = forInKeys(sp_[-1]);
        CHECK(sp_[-1]);
        *sp_++ = Value::number(1);  // element 0 is the object
        break;
      case Op::ForInNext: {
        auto target = OPERAND();
        if (!forInNext()) {
          if (engine_.hasPendingException()) THROW();
          frame->pc = target;
        }
        break;
      }
      case Op::NewPrivateName: {
        Value description = constants[OPERAND()];
        Value className = constants[OPERAND()];
        const std::uint32_t kind = OPERAND();
        auto& symbol = heap.make<SymbolCell>(description, false);
        symbol.isPrivate = true;
        symbol.privateKind = static_cast<SymbolCell::PrivateKind>(kind & 3);
        symbol.privateStatic = (kind & 4) != 0;
        symbol.privateClassName = className;
        *sp_++ = Value::symbol(symbol.id);
        break;
      }
      case Op::InitializePrivateMethods: {
        Value home = heap.as<JSFunction>(sp_[-1]).homeObject;
        --sp_;
        if (!initializePrivateMethods(engine_, sp_[-1].asCell(), home.asCell())) THROW();
        break;
      }
      case Op::EnterTry: handlers_.push_back({frames_.size() - 1, OPERAND(), sp_, frame->context}); break;
      case Op::LeaveTry: handlers_.pop_back(); break;
      case Op::Await: {
        if (!suspend(*frame)) THROW();
        Value promise = frame->asyncPromise;
        if (popFrame(promise)) return promise;
        REFRESH();
        break;
      }
      case Op::Debugger: break;
      case Op::GeneratorStart: {
        Value generator = frame->generator;
        parkGenerator(*frame, sp_, GeneratorState::SuspendedStart);
        if (popFrame(generator)) return generator;
        REFRESH();
        break;
      }
      case Op::Yield: {
        frame->pc += 2;
        sp_[-1] = iteratorResult(engine_, sp_[-1], false);
        Value result = sp_[-1];
        parkGenerator(*frame, sp_ - 1, GeneratorState::SuspendedYield);
        if (popFrame(result)) return result;
        REFRESH();
        break;
      }
      case Op::YieldStar: {
        const std::size_t start = frame->pc - 1;
        const std::uint32_t depth = OPERAND();
        const std::uint32_t returnTarget = OPERAND();
        Value out;
        switch (delegateYield(out)) {
          case Delegation::Threw: THROW();
          case Delegation::Done:
            sp_ -= 4;
            *sp_++ = out;
            break;
          case Delegation::Returned:
            sp_ = frame->base + frame->code->localCount + depth;
            *sp_++ = out;
            frame->pc = returnTarget;
            break;
          case Delegation::Yielded:
            // The delegate's own result goes to the caller as it is; resumed, the
            // instruction runs again with what the caller sent.
            frame->pc = start;
            parkGenerator(*frame, sp_, GeneratorState::SuspendedYield);
            if (popFrame(out)) return out;
            REFRESH();
            break;
        }
        break;
      }
      case Op::AsyncDelegateCall: {
        const std::uint32_t depth = OPERAND();
        const std::uint32_t returnTarget = OPERAND();
        const std::uint32_t closeTarget = OPERAND();
        bool absent = false;
        Value result = callDelegate(sp_ - 4, absent);
        CHECK(result);
        if (!absent) {
          *sp_++ = result;
        } else if (static_cast<ResumeMode>(static_cast<int>(sp_[-1].asNumber())) == ResumeMode::Return) {
          const Value received = sp_[-2];
          sp_ = frame->base + frame->code->localCount + depth;
          *sp_++ = received;
          frame->pc = returnTarget;
        } else {
          frame->pc = closeTarget;
        }
        break;
      }
      case Op::AsyncYieldStar: {
        const std::uint32_t depth = OPERAND();
        const std::uint32_t returnTarget = OPERAND();
        const std::uint32_t loop = OPERAND();
        const auto mode = static_cast<ResumeMode>(static_cast<int>(sp_[-2].asNumber()));
        Value out;
        switch (delegateOutcome(sp_[-1], mode, true, out)) {
          case Delegation::Threw: THROW();
          case Delegation::Done:
            sp_ -= 5;
            *sp_++ = out;
            break;
          case Delegation::Returned:
            sp_ = frame->base + frame->code->localCount + depth;
            *sp_++ = out;
            frame->pc = returnTarget;
            break;
          case Delegation::Yielded: {
            // AsyncGeneratorYield of the value, unawaited; the generator parks where
            // the delegate is called next, with the record as it was.
            sp_[-1] = out;
            sp_[-1] = iteratorResult(engine_, sp_[-1], false);
            const Value yielded = sp_[-1];
            frame->pc = loop;
            parkGenerator(*frame, sp_ - 1, GeneratorState::SuspendedYield);
            if (popFrame(yielded)) return yielded;
            REFRESH();
            break;
          }
        }
        break;
      }
    }
    continue;

  handleThrow : {
    Value result;
    switch (unwind(entryDepth, result)) {
      case Unwound::Uncaught: return Value::exception();
      case Unwound::Returned: return result;
      case Unwound::Caught: break;
    }
    REFRESH();
  }
  }
#undef REFRESH
#undef OPERAND
#undef THROW
#undef CHECK
}

}  // namespace reachable
