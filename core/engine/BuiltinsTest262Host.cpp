// The host object test262's harness expects ($262), for `reachable-cli run
// --test262-host`: the global object, a collection, and ClearKeptObjects.
#include "engine/Builtins.h"
#include "engine/Inspect.h"

namespace reachable {

namespace {

Value hostGc(NativeCall& call) {
  call.engine.collectGarbage(CollectionReason::Explicit);
  return Value::undefined();
}

Value hostClearKeptObjects(NativeCall& call) {
  call.engine.heap().kept().clear();
  return Value::undefined();
}

// print(…), which the harness's doneprintHandle.js calls to report async results.
Value hostPrint(NativeCall& call) {
  call.engine.console().write(ConsoleSink::Stream::Out, formatLogArguments(call.engine, call.args));
  return Value::undefined();
}

}  // namespace

void installTest262Host(Engine& engine) {
  CellId global = engine.intrinsic(Intrinsic::GlobalObject);
  Value host = engine.newObject();
  defineValue(engine, host.asCell(), "global", Value::object(global));
  defineMethod(engine, host.asCell(), "gc", hostGc, 0);
  defineMethod(engine, host.asCell(), "clearKeptObjects", hostClearKeptObjects, 0);
  defineValue(engine, global, "$262", host);
  defineMethod(engine, global, "print", hostPrint, 1);
}

}  // namespace reachable
