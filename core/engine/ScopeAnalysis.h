#pragma once

#include <deque>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parse/Ast.h"

namespace reachable {

// What the compiler must know about every variable before it can place it: which
// are captured by an inner function (they go into a context, as V8 decides it:
// statically, even from code that never runs) and which stay in the frame.
//
// Besides the declared names, every non-arrow function declares the synthetic
// variables "this", "new.target" and "%function" (the function object, whose home
// object `super` needs), so that arrow functions reach them the way they reach any
// captured variable; "arguments" is declared where a function first mentions it.
class ScopeAnalysis {
 public:
  struct Variable {
    std::string_view name;
    DeclarationKind kind;
    bool captured = false;
  };
  struct ScopeInfo {
    ScopeKind kind = ScopeKind::Block;
    const Node* owner = nullptr;  // the AST node the scope belongs to
    ScopeInfo* parent = nullptr;
    ScopeInfo* function = nullptr;  // the scope of the function (or program) it is in
    bool isArrow = false;
    std::vector<Variable> variables;  // in declaration order; add() keeps byName in step
    bool usesArguments = false;
    // A direct eval here or in a scope inside: its code may name any variable, so
    // every one goes into a context, as V8 does.
    bool seenByEval = false;

    Variable* find(std::string_view name);
    // Declares a variable; a name declared twice keeps its first.
    void add(Variable variable);
    void reserve(std::size_t count);
    bool hasCapturedVariables() const;

   private:
    // Where each name is in `variables`: a module of 100,000 top-level `let`s must not
    // search them all for every declaration and every reference.
    std::unordered_map<std::string_view, std::size_t> byName;
  };

  // How a script's top level differs from a module's. A direct eval's code has no
  // `this` of its own: it reads its caller's, through the caller's context. A
  // script's `var`s and functions are properties of the global object, except strict
  // eval code's (and sloppy eval code's called from a function), which are its own.
  struct TopLevel {
    bool ownThis = true;
    bool globalVars = true;
  };
  ScopeAnalysis(const Program& program, TopLevel topLevel);
  explicit ScopeAnalysis(const Program& program);

  // The scope a node owns (Program, Function, Block, For, ForEach, Switch, Catch,
  // Class), or null when that node declares nothing.
  ScopeInfo* scopeOf(const Node* node) const;
  // The synthetic scope for a class's field initialisers (a function of its own).
  ScopeInfo* fieldScopeOf(const Class* node) const;
  // The identifiers no scope declares, in source order: they name globals.
  const std::vector<const Identifier*>& globalReferences() const { return globalReferences_; }
  // A direct eval call: `eval(...)` with `eval` naming the global.
  bool isDirectEval(const CallExpression* call) const;

 private:
  ScopeInfo& open(const Node* owner, ScopeKind kind, const Scope& declared, bool isFunction, bool isArrow);
  void close() { current_ = current_->parent; }
  // Resolves `name`; false when no scope declares it (a global).
  bool reference(std::string_view name);
  void visit(const Node* node);
  void visitList(NodeList nodes);
  void visitFunction(const Function* fn);
  void visitClass(const Class* cls);
  void visitPattern(const Node* target);
  void visitScoped(const Node* owner, ScopeKind kind, const Scope& declared, auto&& body);
  void noteDirectEval(const CallExpression* call);

  std::deque<ScopeInfo> scopes_;
  std::unordered_map<const Node*, ScopeInfo*> byNode_;
  std::unordered_map<const Class*, ScopeInfo*> fieldScopes_;
  ScopeInfo* current_ = nullptr;
  std::vector<const Identifier*> globalReferences_;
  std::vector<const CallExpression*> directEvals_;
};

}  // namespace reachable
