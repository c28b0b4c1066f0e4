#include "engine/Eval.h"

#include <cstddef>
#include <type_traits>

#include "engine/Builtins.h"
#include "engine/CodeFromString.h"
#include "engine/Compiler.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"

namespace reachable {

namespace {

// The layout a context's slot names belong to: they are its first member, and a
// standard-layout object shares its address with that.
const ContextLayout* layoutOf(const std::vector<std::string>* names) {
  static_assert(std::is_standard_layout_v<ContextLayout> && offsetof(ContextLayout, names) == 0);
  return reinterpret_cast<const ContextLayout*>(names);
}

// The layouts of `context` and every context around it, innermost first.
EvalScopeChain scopeChainOf(Engine& engine, CellId context) {
  EvalScopeChain chain;
  for (CellId c = context; c != kNoCell; c = engine.heap().as<Context>(c).parent) {
    chain.push_back(layoutOf(engine.heap().as<Context>(c).slotNames));
  }
  return chain;
}

// Compiles and runs the code, closed over `context` (none for the global scope);
// a direct eval passes its caller's scope chain.
Value runEvalCode(Engine& engine, Value source, const EvalScopeChain* caller, CellId context) {
  ParseResult parsed = parseProgram(stringText(engine, source), ParseGoal::StrictScript);
  if (!parsed.ok()) return throwCodeParseError(engine, parsed.errors.front(), "eval");
  auto program = compileEvalCode(parsed, engine.heap(), caller);
  FunctionCode& code = *program->module;
  placeAtCaller(code, engine.interpreter().currentPosition().value_or(SourcePosition{}));
  // The closure only carries the code into a frame: the program never sees it.
  CellId fn = engine.interpreter().makeEvalClosure(code, context);
  engine.heap().get(fn).flags |= HeapCell::kEngineOwned;
  engine.keepCompiled(std::move(program));
  Value self = caller ? Value::undefined() : Value::object(engine.intrinsic(Intrinsic::GlobalObject));
  return engine.interpreter().call(Value::object(fn), self, {});
}

Value indirectEval(NativeCall& call) {
  Value source = call.arg(0);
  if (!source.isString()) return source;
  return runEvalCode(call.engine, source, nullptr, kNoCell);
}

}  // namespace

Value directEval(Engine& engine, Value source, CellId context) {
  if (!source.isString()) return source;
  const EvalScopeChain chain = scopeChainOf(engine, context);
  return runEvalCode(engine, source, &chain, context);
}

void installEval(Engine& engine) {
  Value eval = defineMethod(engine, engine.intrinsic(Intrinsic::GlobalObject), "eval", indirectEval, 1);
  engine.realm()[Intrinsic::Eval] = eval.asCell();
}

}  // namespace reachable
