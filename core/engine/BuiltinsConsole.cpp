#include "engine/Builtins.h"
#include "engine/Inspect.h"

namespace reachable {

namespace {

template <ConsoleSink::Stream kStream>
Value consoleWrite(NativeCall& call) {
  std::string line = formatLogArguments(call.engine, call.args);
  if (call.engine.hasPendingException()) return Value::exception();
  call.engine.console().write(kStream, line);
  return Value::undefined();
}

}  // namespace

void installConsoleBuiltins(Engine& engine) {
  Value console = engine.newObject();
  CellId c = console.asCell();
  defineMethod(engine, c, "log", consoleWrite<ConsoleSink::Stream::Out>, 0);
  defineMethod(engine, c, "info", consoleWrite<ConsoleSink::Stream::Out>, 0);
  defineMethod(engine, c, "warn", consoleWrite<ConsoleSink::Stream::Err>, 0);
  defineMethod(engine, c, "error", consoleWrite<ConsoleSink::Stream::Err>, 0);
  defineValue(engine, engine.intrinsic(Intrinsic::GlobalObject), "console", console);
}

}  // namespace reachable
