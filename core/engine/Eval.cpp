#include "engine/Eval.h"

#include <algorithm>
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

// Whether the program declares a `var` or function at its top level.
bool declaresVars(const Program& program) {
  return std::ranges::any_of(program.scope.declarations, [](const Declaration& d) {
    return d.kind == DeclarationKind::Var || d.kind == DeclarationKind::Function;
  });
}

// Compiles and runs the code, closed over `context` (none for the global scope);
// a direct eval passes its caller's scope chain and call site.
Value runEvalCode(Engine& engine, Value source, const EvalScopeChain* caller, CellId context,
                  const DirectEvalSite& site) {
  ParseResult parsed = parseEvalCode(stringText(engine, source), site.context);
  if (!parsed.ok()) return throwCodeParseError(engine, parsed.errors.front(), "eval");
  const SourcePosition here = engine.interpreter().currentPosition().value_or(SourcePosition{});
  if (caller && !parsed.program->strict && !site.globalVarScope && declaresVars(*parsed.program)) {
    // The caller's variables live in contexts laid out when it was compiled.
    engine.interpreter().terminate(
        "var and function declarations in sloppy-mode eval code called directly from a function are not "
        "supported: they would add variables to the calling function",
        here);
    return Value::exception();
  }
  auto program = compileEvalCode(parsed, engine.heap(), caller, site);
  FunctionCode& code = *program->module;
  placeAtCaller(code, here);
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
  return runEvalCode(call.engine, source, nullptr, kNoCell, {});
}

}  // namespace

Value directEval(Engine& engine, Value source, CellId context, const DirectEvalSite& site) {
  if (!source.isString()) return source;
  const EvalScopeChain chain = scopeChainOf(engine, context);
  return runEvalCode(engine, source, &chain, context, site);
}

void installEval(Engine& engine) {
  Value eval = defineMethod(engine, engine.intrinsic(Intrinsic::GlobalObject), "eval", indirectEval, 1);
  engine.realm()[Intrinsic::Eval] = eval.asCell();
}

}  // namespace reachable
