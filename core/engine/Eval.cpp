#include "engine/Eval.h"

#include "engine/Builtins.h"
#include "engine/CodeFromString.h"
#include "engine/Compiler.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"

namespace reachable {

namespace {

Value indirectEval(NativeCall& call) {
  Engine& engine = call.engine;
  Value source = call.arg(0);
  if (!source.isString()) return source;
  ParseResult parsed = parseProgram(stringText(engine, source), ParseGoal::StrictScript);
  if (!parsed.ok()) return throwCodeParseError(engine, parsed.errors.front(), "eval");
  auto program = compileEvalCode(parsed, engine.heap());
  FunctionCode& code = *program->module;
  placeAtCaller(code, engine.interpreter().currentPosition().value_or(SourcePosition{}));
  // The closure only carries the code into a frame: the program never sees it.
  CellId fn = engine.interpreter().makeGlobalClosure(code);
  engine.heap().get(fn).flags |= HeapCell::kEngineOwned;
  engine.keepCompiled(std::move(program));
  return engine.interpreter().call(Value::object(fn), Value::object(engine.intrinsic(Intrinsic::GlobalObject)), {});
}

}  // namespace

void installEval(Engine& engine) {
  defineMethod(engine, engine.intrinsic(Intrinsic::GlobalObject), "eval", indirectEval, 1);
}

}  // namespace reachable
