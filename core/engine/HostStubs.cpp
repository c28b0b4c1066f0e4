#include "engine/HostStubs.h"

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/EventLoop.h"
#include "engine/Promises.h"

namespace reachable {

namespace {

// What each stub function keeps in its host slots.
enum Slot : std::size_t { kLabel, kBytes, kAsync, kDelay, kSlotCount };

Value callStub(NativeCall& call) {
  Engine& engine = call.engine;
  const auto& slots = engine.heap().as<JSFunction>(call.callee).hostSlots;
  Value result = engine.newObject();
  HeapCell& cell = engine.heap().get(result.asCell());
  engine.heap().setLabel(cell.id, stringText(engine, slots[kLabel]));
  engine.heap().setExternalBytes(cell, static_cast<std::size_t>(slots[kBytes].asNumber()));
  if (!slots[kAsync].asBoolean()) return result;
  Value promise = promises::newPromise(engine);
  Value resolve = promises::resolvingFunctions(engine, promise.asCell()).first;
  engine.eventLoop().addTimer(resolve, {result}, slots[kDelay].asNumber(), false);
  return promise;
}

}  // namespace

void installHostStubs(Engine& engine, std::span<const HostStub> stubs) {
  const CellId global = engine.intrinsic(Intrinsic::GlobalObject);
  for (const HostStub& stub : stubs) {
    Value function = defineMethod(engine, global, stub.name, callStub, 0);
    auto& slots = engine.heap().as<JSFunction>(function).hostSlots;
    slots.resize(kSlotCount);
    slots[kLabel] = engine.newString(stub.returnsLabel);
    slots[kBytes] = Value::number(static_cast<double>(stub.returnsBytes));
    slots[kAsync] = Value::boolean(stub.async);
    slots[kDelay] = Value::number(static_cast<double>(stub.delayMs));
    engine.heap().reaccount(engine.heap().get(function.asCell()));
  }
}

}  // namespace reachable
