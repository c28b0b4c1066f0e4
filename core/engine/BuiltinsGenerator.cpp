// %GeneratorFunction%, %GeneratorFunction.prototype% and %GeneratorPrototype%: the
// objects a generator function and its generators inherit from (ECMA-262 27.3-27.5),
// and their async counterparts with %AsyncIteratorPrototype% (27.1.3, 27.4, 27.6).
#include "engine/Builtins.h"
#include "engine/DynamicFunction.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"
#include "heap/GeneratorCell.h"

namespace reachable {

namespace {

// GeneratorFunction(…): generator functions compiled from strings.
Value generatorFunctionConstructor(NativeCall& call) {
  return createDynamicFunction(call.engine, call.args, DynamicFunctionKind::Generator);
}

template <Interpreter::ResumeMode kMode>
Value generatorResume(NativeCall& call) {
  static constexpr std::string_view kNames[] = {"next", "throw", "return"};
  Engine& engine = call.engine;
  Value self = call.thisValue;
  if (!self.isObject() || engine.heap().get(self.asCell()).kind != CellKind::Generator ||
      engine.heap().as<GeneratorObject>(self).isAsync) {
    return engine.throwError(ErrorType::TypeError,
                             "Method [Generator].prototype." + std::string(kNames[static_cast<int>(kMode)]) +
                                 " called on incompatible receiver " + describeGeneratorReceiver(engine, self));
  }
  return engine.interpreter().resumeGenerator(self.asCell(), kMode, call.arg(0));
}

Value asyncGeneratorFunctionConstructor(NativeCall& call) {
  return createDynamicFunction(call.engine, call.args, DynamicFunctionKind::AsyncGenerator);
}

template <Interpreter::ResumeMode kMode>
Value asyncGeneratorRequest(NativeCall& call) {
  return call.engine.interpreter().enqueueAsyncGeneratorRequest(call.thisValue, kMode, call.arg(0));
}

Value asyncIteratorPrototypeAsyncIterator(NativeCall& call) { return call.thisValue; }

void defineTag(Engine& engine, CellId target, std::string_view tag) {
  ops::defineOwnProperty(engine, target, PropertyKey::fromAtom(engine.realm().symbols.toStringTag),
                         PropertyDescriptor::data(engine.intern(tag), kConfigurable), false);
}

// A link between the three that is read-only but configurable, as ECMA-262 lays out
// `constructor` and `prototype` among them.
void defineLink(Engine& engine, CellId from, Value key, CellId to) {
  ops::defineOwnProperty(engine, from, PropertyKey::fromAtom(key),
                         PropertyDescriptor::data(Value::object(to), kConfigurable), false);
}

}  // namespace

std::string describeGeneratorReceiver(Engine& engine, Value v) {
  if (v.isObject() && engine.heap().get(v.asCell()).kind == CellKind::Generator)
    return engine.heap().as<GeneratorObject>(v).isAsync ? "[object AsyncGenerator]" : "[object Generator]";
  return engine.describeForMessage(v);
}

namespace {

// What tells a sync generator's built-ins from an async one's.
struct GeneratorKind {
  Intrinsic functionPrototype, prototype;
  std::string_view functionName, tag;
  NativeFunction next, return_, throw_, constructor;
};

// %GeneratorFunction.prototype% and its %GeneratorPrototype% (or the async ones), linked
// as ECMA-262 §27.3 and §27.4 draw them, and the constructor reached from them.
void installGeneratorKind(Engine& engine, const GeneratorKind& kind) {
  const Atoms& atoms = engine.atoms();
  CellId functionPrototype = engine.intrinsic(kind.functionPrototype);
  CellId generatorPrototype = engine.intrinsic(kind.prototype);
  defineLink(engine, generatorPrototype, atoms.constructor, functionPrototype);
  defineMethod(engine, generatorPrototype, "next", kind.next, 1);
  defineMethod(engine, generatorPrototype, "return", kind.return_, 1);
  defineMethod(engine, generatorPrototype, "throw", kind.throw_, 1);
  defineTag(engine, generatorPrototype, kind.tag);
  defineLink(engine, functionPrototype, atoms.prototype, generatorPrototype);
  defineTag(engine, functionPrototype, kind.functionName);
  Value constructor = defineConstructor(engine, kind.functionName, kind.constructor, 1, functionPrototype, false);
  Value function = ops::get(engine, Value::object(engine.intrinsic(Intrinsic::FunctionPrototype)),
                            PropertyKey::fromAtom(atoms.constructor));
  engine.heap().as<JSObject>(constructor).proto = function.asCell();
  defineLink(engine, functionPrototype, atoms.constructor, constructor.asCell());
}

}  // namespace

void installGeneratorBuiltins(Engine& engine) {
  using Mode = Interpreter::ResumeMode;
  installGeneratorKind(engine, {Intrinsic::GeneratorFunctionPrototype, Intrinsic::GeneratorPrototype,
                                "GeneratorFunction", "Generator", generatorResume<Mode::Next>,
                                generatorResume<Mode::Return>, generatorResume<Mode::Throw>,
                                generatorFunctionConstructor});
}

void installAsyncGeneratorBuiltins(Engine& engine) {
  using Mode = Interpreter::ResumeMode;
  CellId asyncIteratorPrototype = engine.intrinsic(Intrinsic::AsyncIteratorPrototype);
  defineMethod(engine, asyncIteratorPrototype, engine.realm().symbols.asyncIterator, "[Symbol.asyncIterator]",
               asyncIteratorPrototypeAsyncIterator, 0);
  installGeneratorKind(engine, {Intrinsic::AsyncGeneratorFunctionPrototype, Intrinsic::AsyncGeneratorPrototype,
                                "AsyncGeneratorFunction", "AsyncGenerator", asyncGeneratorRequest<Mode::Next>,
                                asyncGeneratorRequest<Mode::Return>, asyncGeneratorRequest<Mode::Throw>,
                                asyncGeneratorFunctionConstructor});
}

}  // namespace reachable
