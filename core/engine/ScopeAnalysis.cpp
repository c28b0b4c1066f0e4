#include "engine/ScopeAnalysis.h"

#include <algorithm>

namespace reachable {

namespace {

constexpr std::string_view kSyntheticFunctionVariables[] = {"this", "new.target", "%function"};

// `eval(...)`: a call (not `new`, not `eval?.()`) of the plain name. It is a direct
// eval when the name is also the global's (ECMA-262 13.3.6.1).
bool isDirectEvalShape(const CallExpression& call) {
  return call.kind == NodeKind::CallExpression && !call.optional && call.callee->kind == NodeKind::Identifier &&
         call.callee->as<Identifier>()->name == "eval";
}

}  // namespace

ScopeAnalysis::Variable* ScopeAnalysis::ScopeInfo::find(std::string_view name) {
  auto it = byName.find(name);
  return it == byName.end() ? nullptr : &variables[it->second];
}

void ScopeAnalysis::ScopeInfo::add(Variable variable) {
  if (byName.emplace(variable.name, variables.size()).second) variables.push_back(variable);
}

void ScopeAnalysis::ScopeInfo::reserve(std::size_t count) {
  variables.reserve(count);
  byName.reserve(count);
}

bool ScopeAnalysis::ScopeInfo::hasCapturedVariables() const {
  return std::any_of(variables.begin(), variables.end(), [](const Variable& v) { return v.captured; });
}

ScopeAnalysis::ScopeAnalysis(const Program& program) : ScopeAnalysis(program, TopLevel{}) {}

ScopeAnalysis::ScopeAnalysis(const Program& program, TopLevel topLevel) {
  open(&program, program.scope.kind, program.scope, true, false);
  // Top-level `this` of a module is undefined, but it is still a binding to read.
  if (topLevel.ownThis) current_->add({"this", DeclarationKind::Const});
  visitList(program.body);
  close();
  for (ScopeInfo& scope : scopes_) {
    if (!scope.seenByEval) continue;
    for (Variable& v : scope.variables) {
      // A script's top-level var or function is a property of the global object.
      bool globalProperty = scope.kind == ScopeKind::Script && topLevel.globalVars &&
                            (v.kind == DeclarationKind::Var || v.kind == DeclarationKind::Function);
      if (!globalProperty) v.captured = true;
    }
  }
}

// The eval code sees the caller's `this`, `new.target`, `arguments` and function (its
// home object, for `super`) and every variable of every scope around it: all of them
// are captured.
void ScopeAnalysis::noteDirectEval(const CallExpression* call) {
  directEvals_.push_back(call);
  for (auto name : {"this", "new.target", "arguments", "%function"}) reference(name);
  for (ScopeInfo* scope = current_; scope; scope = scope->parent) scope->seenByEval = true;
}

bool ScopeAnalysis::isDirectEval(const CallExpression* call) const {
  return std::ranges::find(directEvals_, call) != directEvals_.end();
}

ScopeAnalysis::ScopeInfo* ScopeAnalysis::scopeOf(const Node* node) const {
  auto it = byNode_.find(node);
  return it == byNode_.end() ? nullptr : it->second;
}

ScopeAnalysis::ScopeInfo* ScopeAnalysis::fieldScopeOf(const Class* node) const {
  auto it = fieldScopes_.find(node);
  return it == fieldScopes_.end() ? nullptr : it->second;
}

ScopeAnalysis::ScopeInfo& ScopeAnalysis::open(const Node* owner, ScopeKind kind, const Scope& declared, bool isFunction,
                                              bool isArrow) {
  ScopeInfo& scope = scopes_.emplace_back();
  scope.kind = kind;
  scope.owner = owner;
  scope.parent = current_;
  scope.function = isFunction ? &scope : current_->function;
  scope.isArrow = isArrow;
  scope.reserve(declared.declarations.size());
  for (const auto& d : declared.declarations) scope.add({d.name, d.kind});
  if (isFunction && !isArrow && owner->kind != NodeKind::Program) {
    for (auto name : kSyntheticFunctionVariables) scope.add({name, DeclarationKind::Const});
  }
  byNode_[owner] = &scope;
  current_ = &scope;
  return scope;
}

// Resolves a name from the current scope outwards; a variable of another function
// is captured. `arguments` binds to the nearest non-arrow function that does not
// declare the name itself.
bool ScopeAnalysis::reference(std::string_view name) {
  for (ScopeInfo* scope = current_; scope; scope = scope->parent) {
    if (Variable* v = scope->find(name)) {
      if (scope->function != current_->function) v->captured = true;
      return true;
    }
    bool functionBoundary = scope->function == scope && !scope->isArrow && scope->kind != ScopeKind::Module &&
                            scope->kind != ScopeKind::Script;
    if (name == "arguments" && functionBoundary) {
      scope->add({"arguments", DeclarationKind::Var, scope->function != current_->function});
      scope->usesArguments = true;
      return true;
    }
  }
  return false;
}

void ScopeAnalysis::visitList(NodeList nodes) {
  for (const Node* n : nodes) visit(n);
}

void ScopeAnalysis::visitScoped(const Node* owner, ScopeKind kind, const Scope& declared, auto&& body) {
  open(owner, kind, declared, false, false);
  body();
  close();
}

void ScopeAnalysis::visitFunction(const Function* fn) {
  bool isArrow = fn->kind == NodeKind::ArrowFunction;
  ScopeInfo& scope = open(fn, ScopeKind::Function, fn->scope, true, isArrow);
  // A named function expression sees its own name, read-only, unless shadowed.
  if (fn->kind == NodeKind::FunctionExpression && fn->name && !scope.find(fn->name->name)) {
    scope.add({fn->name->name, DeclarationKind::FunctionName});
  }
  for (const Node* p : fn->params) visitPattern(p);
  if (fn->rest) visitPattern(fn->rest);
  visitList(fn->body);
  if (fn->expressionBody) visit(fn->expressionBody);
  close();
}

void ScopeAnalysis::visitClass(const Class* cls) {
  if (cls->superClass) visit(cls->superClass);
  ScopeInfo& scope = open(cls, ScopeKind::Class, cls->scope, false, false);
  for (const ClassMember* m : cls->members) {
    if (m->key && m->key->kind == NodeKind::PrivateName) {
      auto name = m->key->as<PrivateName>()->name;
      if (!scope.find(name)) scope.add({name, DeclarationKind::Const});
    }
  }
  for (const ClassMember* m : cls->members) {
    if (m->memberKind == ClassMemberKind::Field) continue;
    if (m->computed) visit(m->key);
    if (m->function) visitFunction(m->function);
  }
  // Fields are defined later, per instance, by an initialiser that runs as a method
  // of the class would: their keys and values are read from there.
  ScopeInfo& fields = open(cls, ScopeKind::Function, Scope{}, true, false);
  byNode_[cls] = &scope;
  fieldScopes_[cls] = &fields;
  for (const ClassMember* m : cls->members) {
    if (m->memberKind != ClassMemberKind::Field) continue;
    if (m->computed || m->key->kind == NodeKind::PrivateName) visit(m->key);
    visit(m->value);
  }
  close();
  close();
}

void ScopeAnalysis::visitPattern(const Node* target) { visit(target); }

void ScopeAnalysis::visit(const Node* node) {
  if (!node) return;
  switch (node->kind) {
    case NodeKind::Program: return;
    case NodeKind::VariableDeclaration:
      for (const auto* d : node->as<VariableDeclaration>()->declarators) {
        visitPattern(d->target);
        visit(d->init);
      }
      return;
    case NodeKind::FunctionDeclaration:
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction: return visitFunction(node->as<Function>());
    case NodeKind::ClassDeclaration:
    case NodeKind::ClassExpression: return visitClass(node->as<Class>());
    case NodeKind::ExpressionStatement:
    case NodeKind::ReturnStatement:
    case NodeKind::ThrowStatement: return visit(node->as<ValueStatement>()->value);
    case NodeKind::BlockStatement: {
      const auto* b = node->as<BlockStatement>();
      return visitScoped(b, ScopeKind::Block, b->scope, [&] { visitList(b->body); });
    }
    case NodeKind::EmptyStatement:
    case NodeKind::DebuggerStatement:
    case NodeKind::BreakStatement:
    case NodeKind::ContinueStatement:
    case NodeKind::NumberLiteral:
    case NodeKind::BigIntLiteral:
    case NodeKind::StringLiteral:
    case NodeKind::RegExpLiteral:
    case NodeKind::BooleanLiteral:
    case NodeKind::NullLiteral: return;
    case NodeKind::IfStatement: {
      const auto* s = node->as<IfStatement>();
      visit(s->test);
      visit(s->consequent);
      return visit(s->alternate);
    }
    case NodeKind::ForStatement: {
      const auto* s = node->as<ForStatement>();
      return visitScoped(s, ScopeKind::For, s->scope, [&] {
        visit(s->init);
        visit(s->test);
        visit(s->update);
        visit(s->body);
      });
    }
    case NodeKind::ForInStatement:
    case NodeKind::ForOfStatement: {
      const auto* s = node->as<ForEachStatement>();
      return visitScoped(s, ScopeKind::For, s->scope, [&] {
        visit(s->left);
        visit(s->right);
        visit(s->body);
      });
    }
    case NodeKind::WhileStatement:
    case NodeKind::DoWhileStatement: {
      const auto* s = node->as<LoopStatement>();
      visit(s->test);
      return visit(s->body);
    }
    case NodeKind::SwitchStatement: {
      const auto* s = node->as<SwitchStatement>();
      visit(s->discriminant);
      return visitScoped(s, ScopeKind::Switch, s->scope, [&] {
        for (const auto* c : s->cases) {
          visit(c->test);
          visitList(c->consequent);
        }
      });
    }
    case NodeKind::LabeledStatement: return visit(node->as<LabeledStatement>()->body);
    case NodeKind::TryStatement: {
      const auto* s = node->as<TryStatement>();
      visit(s->block);
      if (const auto* h = s->handler) {
        visitScoped(h, ScopeKind::Catch, h->scope, [&] {
          visitPattern(h->param);
          visit(h->body);
        });
      }
      return visit(s->finalizer);
    }
    case NodeKind::Identifier: {
      const auto* id = node->as<Identifier>();
      if (!reference(id->name)) globalReferences_.push_back(id);
      return;
    }
    case NodeKind::PrivateName: reference(node->as<PrivateName>()->name); return;
    case NodeKind::TemplateLiteral: return visitList(node->as<TemplateLiteral>()->expressions);
    case NodeKind::TaggedTemplate: {
      const auto* t = node->as<TaggedTemplate>();
      visit(t->tag);
      return visit(t->quasi);
    }
    case NodeKind::ThisExpression: reference("this"); return;
    case NodeKind::SuperExpression:
      reference("this");
      reference("%function");
      return;
    case NodeKind::NewTarget: reference("new.target"); return;
    case NodeKind::ArrayLiteral: return visitList(node->as<ArrayLiteral>()->elements);
    case NodeKind::ObjectLiteral:
      for (const auto* p : node->as<ObjectLiteral>()->properties) {
        if (p->computed) visit(p->key);
        visit(p->value);
      }
      return;
    case NodeKind::UnaryExpression: return visit(node->as<UnaryExpression>()->argument);
    case NodeKind::UpdateExpression: return visit(node->as<UpdateExpression>()->argument);
    case NodeKind::BinaryExpression:
    case NodeKind::LogicalExpression: {
      const auto* b = node->as<BinaryExpression>();
      visit(b->left);
      return visit(b->right);
    }
    case NodeKind::AssignmentExpression: {
      const auto* a = node->as<AssignmentExpression>();
      visitPattern(a->target);
      return visit(a->value);
    }
    case NodeKind::ConditionalExpression: {
      const auto* c = node->as<ConditionalExpression>();
      visit(c->test);
      visit(c->consequent);
      return visit(c->alternate);
    }
    case NodeKind::CallExpression:
    case NodeKind::NewExpression: {
      const auto* c = node->as<CallExpression>();
      // super(…) passes the constructor's new.target on: an arrow function calling it
      // must find that in the constructor's context.
      if (c->callee->kind == NodeKind::SuperExpression) reference("new.target");
      std::size_t globalsBefore = globalReferences_.size();
      visit(c->callee);
      if (isDirectEvalShape(*c) && globalReferences_.size() > globalsBefore) noteDirectEval(c);
      return visitList(c->arguments);
    }
    case NodeKind::MemberExpression: {
      const auto* m = node->as<MemberExpression>();
      visit(m->object);
      if (m->computed || m->property->kind == NodeKind::PrivateName) visit(m->property);
      return;
    }
    case NodeKind::OptionalChain: return visit(node->as<OptionalChain>()->expression);
    case NodeKind::SequenceExpression: return visitList(node->as<SequenceExpression>()->expressions);
    case NodeKind::SpreadElement:
    case NodeKind::AwaitExpression: return visit(node->as<UnaryNode>()->argument);
    case NodeKind::YieldExpression: return visit(node->as<YieldExpression>()->argument);
    case NodeKind::PrivateInExpression: {
      const auto* p = node->as<PrivateInExpression>();
      visit(p->name);
      return visit(p->object);
    }
    case NodeKind::ObjectPattern: {
      const auto* p = node->as<ObjectPattern>();
      for (const auto* prop : p->properties) {
        if (prop->computed) visit(prop->key);
        visitPattern(prop->value);
      }
      return visitPattern(p->rest);
    }
    case NodeKind::ArrayPattern: {
      const auto* p = node->as<ArrayPattern>();
      for (const Node* e : p->elements) visitPattern(e);
      return visitPattern(p->rest);
    }
    case NodeKind::AssignmentPattern: {
      const auto* p = node->as<AssignmentPattern>();
      visitPattern(p->target);
      return visit(p->defaultValue);
    }
    case NodeKind::VariableDeclarator:
    case NodeKind::Property:
    case NodeKind::PatternProperty:
    case NodeKind::SwitchCase:
    case NodeKind::CatchClause:
    case NodeKind::ClassMember: return;  // visited by their parents
  }
}

}  // namespace reachable
