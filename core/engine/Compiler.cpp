#include "engine/Compiler.h"

#include <algorithm>
#include <cassert>

#include "engine/BigInts.h"
#include "engine/CallPrinter.h"
#include "engine/CompilerImpl.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

FunctionCode::Kind codeKind(const Function& fn) {
  switch (fn.functionKind) {
    case FunctionKind::Arrow: return FunctionCode::Kind::Arrow;
    case FunctionKind::Method:
    case FunctionKind::ClassStaticBlock: return FunctionCode::Kind::Method;
    case FunctionKind::Getter: return FunctionCode::Kind::Getter;
    case FunctionKind::Setter: return FunctionCode::Kind::Setter;
    case FunctionKind::ClassConstructor: return FunctionCode::Kind::ClassConstructor;
    case FunctionKind::DerivedConstructor: return FunctionCode::Kind::DerivedConstructor;
    case FunctionKind::Normal: break;
  }
  return FunctionCode::Kind::Normal;
}

bool isSimpleParameter(const Node* p) { return p->kind == NodeKind::Identifier; }

}  // namespace

std::unique_ptr<CompiledProgram> compileProgram(const ParseResult& parsed, std::string fileName, Heap& heap) {
  auto program = std::make_unique<CompiledProgram>();
  program->fileName = std::move(fileName);
  program->source = parsed.source;
  program->module = std::make_unique<FunctionCode>();
  program->module->kind = FunctionCode::Kind::Module;
  program->module->isAsync = parsed.program->hasTopLevelAwait;
  program->isScript = parsed.program->goal == ParseGoal::StrictScript;
  ProgramCompiler compiler(parsed, program->source, heap);
  FunctionCompiler(compiler, nullptr, *program->module, nullptr).compileProgram(*parsed.program);
  return program;
}

namespace {

// The caller's contexts as compile scopes, chained outwards.
std::vector<std::unique_ptr<CompileScope>> callerScopes(const EvalScopeChain& chain) {
  std::vector<std::unique_ptr<CompileScope>> scopes;
  CompileScope* outer = nullptr;
  for (auto layout = chain.rbegin(); layout != chain.rend(); ++layout) {
    auto& scope = *scopes.emplace_back(std::make_unique<CompileScope>());
    scope.outer = outer;
    scope.hasContext = true;
    for (std::uint32_t i = 0; *layout && i < (*layout)->names.size(); ++i) {
      std::string_view name = (*layout)->names[i];
      auto kind = static_cast<DeclarationKind>((*layout)->kinds[i]);
      scope.variables[name] = {Storage::Place::Context, i, 0, kind, name};
    }
    outer = &scope;
  }
  return scopes;
}

}  // namespace

std::unique_ptr<CompiledProgram> compileEvalCode(const ParseResult& parsed, Heap& heap, const EvalScopeChain* caller,
                                                 const DirectEvalSite& site) {
  auto program = std::make_unique<CompiledProgram>();
  program->fileName = "eval";
  program->source = parsed.source;
  program->module = std::make_unique<FunctionCode>();
  program->module->kind = FunctionCode::Kind::Eval;
  program->module->name = "eval";
  program->isScript = true;
  ProgramCompiler compiler(parsed, program->source, heap, caller ? std::optional(site) : std::nullopt);
  auto scopes = caller ? callerScopes(*caller) : std::vector<std::unique_ptr<CompileScope>>{};
  CompileScope* outer = scopes.empty() ? nullptr : scopes.back().get();
  FunctionCompiler(compiler, nullptr, *program->module, outer).compileProgram(*parsed.program);
  return program;
}

FunctionCompiler::FunctionCompiler(ProgramCompiler& program, FunctionCompiler* parent, FunctionCode& code,
                                   CompileScope* outerScope)
    : program_(program), parent_(parent), code_(code), scope_(outerScope), outerScope_(outerScope) {}

std::uint32_t FunctionCompiler::constant(Value v) {
  auto [it, added] = constantIndex_.emplace(v.bits(), static_cast<std::uint32_t>(code_.constants.size()));
  if (added) code_.constants.push_back(v);
  return it->second;
}

std::uint32_t FunctionCompiler::name(std::string_view text) {
  return constant(program_.heap().intern(std::u16string_view(fromUtf8(text))));
}

std::uint32_t FunctionCompiler::string(std::u16string_view text) { return constant(program_.heap().intern(text)); }

std::uint32_t FunctionCompiler::bigint(std::u16string_view digits) {
  Value value = program_.heap().newBigInt(bigintFromLiteral(digits));
  program_.heap().keepForever(value);
  return constant(value);
}

void FunctionCompiler::step(const Node& statement) {
  emit(Op::Step, static_cast<std::uint32_t>(code_.statements.size()));
  code_.statements.push_back(statement.range);
}

void FunctionCompiler::loopStep(const Node& loop) {
  emit(Op::LoopStep, static_cast<std::uint32_t>(code_.statements.size()));
  code_.statements.push_back(loop.range);
}

std::uint32_t FunctionCompiler::calleeText(const Node& node) { return name(printCallee(node)); }

std::uint32_t FunctionCompiler::newTemporary() {
  code_.localNames.emplace_back();
  return code_.localCount++;
}

// --- Scopes -----------------------------------------------------------------

// `this`, `new.target` and the function are in every frame already: unless an arrow
// function captures them, a read needs no variable of its own (except a derived
// constructor's `this`, which super() initialises).
std::optional<Op> FunctionCompiler::frameBindingOf(std::string_view name) const {
  if (name == "this" && code_.kind != FunctionCode::Kind::DerivedConstructor) return Op::PushThis;
  if (name == "new.target") return Op::PushNewTarget;
  if (name == "%function") return Op::PushFunction;
  return std::nullopt;
}

CompileScope& FunctionCompiler::enterScope(ScopeAnalysis::ScopeInfo* info, bool isFunctionScope,
                                           const std::unordered_map<std::string_view, std::uint32_t>& parameterSlots) {
  auto& scope = *scopes_.emplace_back(std::make_unique<CompileScope>());
  scope.info = info;
  scope.outer = scope_;
  scope.function = this;
  scope.hasContext = info && info->hasCapturedVariables();
  if (info) scope.variables.reserve(info->variables.size());
  if (scope.hasContext) {
    std::uint32_t layout = static_cast<std::uint32_t>(code_.contexts.size());
    auto& context = code_.contexts.emplace_back();
    auto& names = context.names;
    for (const auto& v : info->variables) {
      if (!v.captured) continue;
      scope.variables[v.name] = {Storage::Place::Context, static_cast<std::uint32_t>(names.size()), 0, v.kind, v.name};
      names.emplace_back(v.name);
      context.kinds.push_back(static_cast<std::uint8_t>(v.kind));
    }
    if (isFunctionScope) {
      code_.functionContext = static_cast<std::int32_t>(layout);
    } else {
      emit(Op::PushContext, layout);
    }
    ++contextDepth_;
  }
  if (info) {
    for (const auto& v : info->variables) {
      if (v.captured) continue;
      if (auto op = isFunctionScope ? frameBindingOf(v.name) : std::nullopt) {
        scope.variables[v.name] = {Storage::Place::Frame, static_cast<std::uint32_t>(*op), 0, v.kind, v.name};
        continue;
      }
      std::uint32_t slot;
      if (auto parameter = parameterSlots.find(v.name); parameter != parameterSlots.end()) {
        slot = parameter->second;
        code_.localNames[slot] = v.name;
      } else {
        slot = code_.localCount++;
        code_.localNames.emplace_back(v.name);
      }
      scope.variables[v.name] = {Storage::Place::Local, slot, 0, v.kind, v.name};
    }
  }
  scope_ = &scope;
  return scope;
}

void FunctionCompiler::leaveScope() {
  if (scope_->hasContext) {
    emit(Op::PopContext);
    --contextDepth_;
  }
  scope_ = scope_->outer;
}

Storage FunctionCompiler::resolve(std::string_view name) const {
  std::uint32_t hops = 0;
  for (const CompileScope* s = scope_; s; s = s->outer) {
    auto it = s->variables.find(name);
    if (it != s->variables.end()) {
      Storage storage = it->second;
      // Scope analysis puts every variable another function uses into a context.
      assert((storage.place != Storage::Place::Local && storage.place != Storage::Place::Frame) || s->function == this);
      if (storage.place == Storage::Place::Context) storage.hops = hops;
      return storage;
    }
    if (s->hasContext) ++hops;
  }
  return {Storage::Place::Global, 0, 0, DeclarationKind::Var, name};
}

void FunctionCompiler::emitLoad(const Storage& s) {
  switch (s.place) {
    case Storage::Place::Local: emit(s.needsTdzCheck() ? Op::GetLocalChecked : Op::GetLocal, s.index); return;
    case Storage::Place::Context:
      emit(s.needsTdzCheck() ? Op::GetContextSlotChecked : Op::GetContextSlot, s.hops, s.index);
      return;
    case Storage::Place::Global: emit(Op::GetGlobal, name(s.name)); return;
    case Storage::Place::Frame: emit(static_cast<Op>(s.index)); return;
  }
}

void FunctionCompiler::emitStore(const Storage& s, bool initializing) {
  // Sloppy code's assignment to a function expression's own name changes nothing.
  if (!initializing && s.kind == DeclarationKind::FunctionName && !code_.strict) return;
  if (!initializing && s.isConst()) {
    // The temporal dead zone is checked first: `x = 1; const x = 2` is a ReferenceError.
    emitLoad(s);
    emit(Op::Pop);
    emit(Op::ThrowConstAssignment, name(s.name));
    return;
  }
  bool checked = !initializing && s.needsTdzCheck();
  switch (s.place) {
    case Storage::Place::Local: emit(checked ? Op::SetLocalChecked : Op::SetLocal, s.index); return;
    case Storage::Place::Context:
      emit(checked ? Op::SetContextSlotChecked : Op::SetContextSlot, s.hops, s.index);
      return;
    case Storage::Place::Global: emit(Op::SetGlobal, name(s.name)); return;
    case Storage::Place::Frame: return;  // bound by the call itself: the value stays as it is
  }
}

// Lexical declarations start in the temporal dead zone; `var`s start undefined.
// Locals begin undefined and contexts uninitialised, so only the differences are
// written.
void FunctionCompiler::hoistDeclarations(const CompileScope& scope) {
  if (!scope.info) return;
  for (const auto& v : scope.info->variables) {
    auto found = scope.variables.find(v.name);
    if (found == scope.variables.end()) continue;  // a script's global, a property
    const Storage& s = found->second;
    bool lexical = s.needsTdzCheck();
    if (s.place == Storage::Place::Local && lexical) {
      emit(Op::PushUninitialized);
      emit(Op::SetLocal, s.index);
      emit(Op::Pop);
    } else if (s.place == Storage::Place::Context && (v.kind == DeclarationKind::Var)) {
      emit(Op::PushUndefined);
      emit(Op::SetContextSlot, 0, s.index);
      emit(Op::Pop);
    }
  }
}

void FunctionCompiler::hoistFunctions(NodeList body) {
  for (const Node* n : body) {
    if (n->kind != NodeKind::FunctionDeclaration) continue;
    const auto* fn = n->as<Function>();
    SiteScope site(*this, *fn);
    emit(Op::MakeClosure, compileNestedFunction(*fn, fn->name->name));
    emitStore(resolve(fn->name->name), true);
    emit(Op::Pop);
  }
}

// A classic script's top-level `var`s and functions are properties of the global
// object (ECMA-262 GlobalDeclarationInstantiation); its let, const and class stay
// lexical. Test262's harness relies on it.
void FunctionCompiler::declareScriptGlobals(CompileScope& scope, NodeList body) {
  for (const auto& v : scope.info->variables) {
    if (v.kind != DeclarationKind::Var && v.kind != DeclarationKind::Function) continue;
    scope.variables.erase(v.name);
    if (v.kind == DeclarationKind::Var) {
      emit(Op::PushUndefined);
      emit(Op::DeclareGlobal, name(v.name));
    }
  }
  for (const Node* n : body) {
    if (n->kind != NodeKind::FunctionDeclaration) continue;
    const auto* fn = n->as<Function>();
    SiteScope site(*this, *fn);
    emit(Op::MakeClosure, compileNestedFunction(*fn, fn->name->name));
    emit(Op::DeclareGlobal, name(fn->name->name));
  }
}

// --- Functions --------------------------------------------------------------

// A non-arrow function binds `this`, `new.target` and itself on entry, where arrow
// functions inside it can find them.
void FunctionCompiler::bindFunctionSelf() {
  for (auto [op, variable] : {std::pair{Op::PushThis, "this"}, std::pair{Op::PushNewTarget, "new.target"},
                              std::pair{Op::PushFunction, "%function"}}) {
    Storage s = resolve(variable);
    if (s.place == Storage::Place::Frame) continue;
    emit(op);
    emitStore(resolve(variable), true);
    emit(Op::Pop);
  }
}

void FunctionCompiler::compileProgram(const Program& program) {
  auto* info = program_.analysis().scopeOf(&program);
  code_.name = "";
  code_.range = program.range;
  code_.strict = program.strict;
  bool eval = code_.kind == FunctionCode::Kind::Eval;
  bool direct = eval && outerScope_;
  bool script = program_.globalVars();
  if (eval) completionSlot_ = newTemporary();
  // A direct eval's `this` is its caller's, which it finds in the caller's context
  // (ScopeAnalysis gave it none of its own).
  CompileScope& scope = enterScope(info, true);
  if (script) declareScriptGlobals(scope, program.body);
  hoistDeclarations(scope);
  // Top-level `this` is undefined in a module and the global object in a script
  // (the caller passes it as the frame's `this`).
  if (!direct && resolve("this").place != Storage::Place::Frame) {
    emit(Op::PushThis);
    emitStore(resolve("this"), true);
    emit(Op::Pop);
  }
  if (!script) hoistFunctions(program.body);
  compileStatements(program.body);
  if (completionSlot_) {
    emit(Op::GetLocal, *completionSlot_);
  } else {
    emit(Op::PushUndefined);
  }
  emit(Op::Return);
}

std::uint32_t FunctionCompiler::compileNestedFunction(const Function& fn, std::string_view name) {
  auto nested = std::make_unique<FunctionCode>();
  nested->name = std::string(name);
  nested->kind = codeKind(fn);
  nested->isAsync = fn.isAsync;
  nested->isGenerator = fn.isGenerator;
  nested->strict = fn.strict;
  nested->range = fn.range;
  nested->nameValue = program_.heap().intern(std::u16string_view(fromUtf8(name)));
  nested->sourceText = program_.textOf(fn);
  FunctionCompiler(program_, this, *nested, scope_).compileFunction(fn, program_.analysis().scopeOf(&fn));
  code_.functions.push_back(std::move(nested));
  return static_cast<std::uint32_t>(code_.functions.size() - 1);
}

void FunctionCompiler::compileFunction(const Function& fn, ScopeAnalysis::ScopeInfo* info) {
  // Parameters arrive in the first locals, in order; the bindings they initialise
  // are placed like any other variable.
  code_.formalCount = static_cast<std::uint32_t>(fn.params.size());
  for (const Node* p : fn.params) {
    if (p->kind == NodeKind::AssignmentPattern) break;
    ++code_.paramCount;
  }
  // Simple parameters (all of them plain names) live in the slots their arguments
  // arrive in, rather than being copied out of them on every call.
  std::unordered_map<std::string_view, std::uint32_t> parameterSlots;
  const bool simpleParameters = std::all_of(fn.params.begin(), fn.params.end(), isSimpleParameter);
  for (std::uint32_t i = 0; i < code_.formalCount; ++i) {
    newTemporary();
    // A name given twice (sloppy code) is the last argument's.
    if (simpleParameters) parameterSlots.insert_or_assign(fn.params[i]->as<Identifier>()->name, i);
  }
  CompileScope& scope = enterScope(info, true, parameterSlots);
  hoistDeclarations(scope);
  if (code_.kind != FunctionCode::Kind::Arrow) {
    bindFunctionSelf();
    if (info && info->usesArguments) {
      emit(Op::CreateArguments);
      emitStore(resolve("arguments"), true);
      emit(Op::Pop);
    }
  }
  if (fn.kind == NodeKind::FunctionExpression && fn.name) {
    Storage self = resolve(fn.name->name);
    if (self.kind == DeclarationKind::FunctionName) {
      emit(Op::PushFunction);
      emitStore(self, true);
      emit(Op::Pop);
    }
  }
  for (std::uint32_t i = 0; i < fn.params.size(); ++i) {
    const Node* p = fn.params[i];
    if (simpleParameters) {
      const std::string_view parameter = p->as<Identifier>()->name;
      if (parameterSlots.at(parameter) != i) continue;  // a duplicate that a later one overrides
      Storage s = resolve(parameter);
      if (s.place == Storage::Place::Local && s.index == i) continue;
    }
    emit(Op::GetLocal, i);
    if (isSimpleParameter(p)) {
      emitStore(resolve(p->as<Identifier>()->name), true);
      emit(Op::Pop);
    } else {
      compileBindingTarget(p, true);
    }
  }
  if (fn.rest) {
    emit(Op::CreateRest, code_.formalCount);
    compileBindingTarget(fn.rest, true);
  }
  hoistFunctions(fn.body);
  // A generator's call ends here, its parameters bound: the body runs on `next()`.
  if (code_.isGenerator) emit(Op::GeneratorStart);
  if (fn.expressionBody) {
    compileExpression(fn.expressionBody);
    emit(Op::Return);
    return;
  }
  compileStatements(fn.body);
  emitImplicitReturnValue();
  emit(Op::Return);
}

DirectEvalSite FunctionCompiler::evalSiteHere() const {
  DirectEvalSite site;
  // The function whose `this` the code sees: arrows have none of their own.
  const FunctionCompiler* f = this;
  while (f->code_.kind == FunctionCode::Kind::Arrow && f->parent_) f = f->parent_;
  EvalContext& context = site.context;
  switch (f->code_.kind) {
    case FunctionCode::Kind::Eval: context = program_.evalSite().context; break;
    case FunctionCode::Kind::Module:
    case FunctionCode::Kind::Arrow: break;
    case FunctionCode::Kind::Normal: context.inFunction = true; break;
    case FunctionCode::Kind::DerivedConstructor: context.inDerivedConstructor = true; [[fallthrough]];
    case FunctionCode::Kind::Method:
    case FunctionCode::Kind::Getter:
    case FunctionCode::Kind::Setter:
    case FunctionCode::Kind::ClassConstructor:
      context.inFunction = context.inMethod = true;
      context.inClassFieldInitializer = f->fieldInitializer_;
      break;
  }
  context.strict = code_.strict;
  // Only eval code's own top level (not a function in it) has the global var scope.
  site.globalVarScope =
      code_.kind == FunctionCode::Kind::Eval && !code_.strict && program_.evalSite().globalVarScope;
  return site;
}

// A derived constructor's result is its `this`, which super() initialised (reading
// it first throws the ReferenceError V8 gives when super() was never called).
void FunctionCompiler::emitImplicitReturnValue() {
  if (code_.kind == FunctionCode::Kind::DerivedConstructor) {
    emitLoadName("this");
  } else {
    emit(Op::PushUndefined);
  }
}

}  // namespace reachable
