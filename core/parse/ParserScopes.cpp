// Scopes: the names each scope declares, and the redeclaration rules of
// strict code (which are also what a compiler needs to resolve names).
#include "parse/ParserImpl.h"

#include <algorithm>

namespace reachable {

void Parser::pushScope(ScopeKind kind, bool isVarScope) {
  ScopeFrame& frame = scopes_.emplace_back();
  frame.kind = kind;
  frame.isVarScope = isVarScope;
}

Scope Parser::popScope() {
  Scope scope{scopes_.back().kind, list(scopes_.back().declarations)};
  scopes_.pop_back();
  return scope;
}

void Parser::redeclared(const Identifier* id, std::optional<SourcePosition> reportAt) {
  syntaxError("Identifier '" + std::string(id->name) + "' has already been declared",
              reportAt.value_or(id->range.start));
}

void Parser::declareLexical(const Identifier* id, DeclarationKind kind, std::optional<SourcePosition> reportAt) {
  ScopeFrame& frame = currentScope();
  if (frame.lexicalNames.contains(id->name) || frame.varNames.contains(id->name)) redeclared(id, reportAt);
  if (frame.isCatchBody && scopes_[scopes_.size() - 2].lexicalNames.contains(id->name)) redeclared(id, reportAt);
  frame.lexicalNames.emplace(id->name, kind);
  frame.declarations.push_back({id->name, kind, id});
}

void Parser::declareVar(const Identifier* id) {
  // A `var` belongs to the nearest function (or the program) but may not
  // pass a let/const/class of the same name on its way up.
  for (size_t i = scopes_.size(); i-- > 0;) {
    ScopeFrame& frame = scopes_[i];
    const auto lexical = frame.lexicalNames.find(id->name);
    if (lexical != frame.lexicalNames.end()) {
      const bool allowed = lexical->second == DeclarationKind::Parameter ||
                           (lexical->second == DeclarationKind::CatchParameter && !frame.catchParameterIsPattern);
      if (!allowed) redeclared(id);
    }
    const bool isNew = frame.varNames.insert(id->name).second;
    if (!frame.isVarScope) continue;
    if (isNew && lexical == frame.lexicalNames.end())
      frame.declarations.push_back({id->name, DeclarationKind::Var, id});
    return;
  }
}

void Parser::declareVarScopedFunction(const Identifier* id, SourcePosition reportAt) {
  ScopeFrame& frame = currentScope();
  const auto lexical = frame.lexicalNames.find(id->name);
  if (lexical != frame.lexicalNames.end() && lexical->second != DeclarationKind::Parameter) redeclared(id, reportAt);
  if (frame.varNames.insert(id->name).second) {
    frame.declarations.push_back({id->name, DeclarationKind::Function, id});
    return;
  }
  // Declared before as a var, a parameter or a function: the last function wins.
  const auto previous = std::find_if(frame.declarations.begin(), frame.declarations.end(),
                                     [&](const Declaration& d) { return d.name == id->name; });
  if (previous != frame.declarations.end() && previous->kind != DeclarationKind::Parameter) {
    *previous = {id->name, DeclarationKind::Function, id};
  } else {
    frame.declarations.push_back({id->name, DeclarationKind::Function, id});
  }
}

void Parser::declareParameter(const Identifier* id) {
  ScopeFrame& frame = currentScope();
  if (frame.lexicalNames.contains(id->name)) {
    // Sloppy mode allows them in a plain function's simple parameter list, which
    // parseFormalParameters and a "use strict" in the body check once known.
    FunctionContext& context = functions_.back();
    if (strict() || !context.inParameters || context.kind != FunctionKind::Normal) {
      syntaxError("Duplicate parameter name not allowed in this context", id->range.start);
    }
    if (!context.duplicateParameter) context.duplicateParameter = id->range.start;
    return;
  }
  frame.lexicalNames.emplace(id->name, DeclarationKind::Parameter);
  frame.declarations.push_back({id->name, DeclarationKind::Parameter, id});
}

void Parser::declareFunctionName(const Identifier* id, SourcePosition declarationStart) {
  // At the top of a function or script a function declaration is var-like;
  // in a block or at the top of a module it is lexical.
  const ScopeFrame& frame = currentScope();
  if (frame.isVarScope && frame.kind != ScopeKind::Module) {
    declareVarScopedFunction(id, declarationStart);
  } else {
    declareLexical(id, DeclarationKind::Function, declarationStart);
  }
}

void Parser::declarePatternNames(Node* target, DeclarationKind kind) {
  switch (target->kind) {
    case NodeKind::Identifier: {
      const auto* id = target->as<Identifier>();
      if (kind == DeclarationKind::Var) {
        declareVar(id);
      } else if (kind == DeclarationKind::Parameter) {
        declareParameter(id);
      } else {
        declareLexical(id, kind);
      }
      break;
    }
    case NodeKind::AssignmentPattern: declarePatternNames(target->as<AssignmentPattern>()->target, kind); break;
    case NodeKind::ObjectPattern: {
      auto* pattern = target->as<ObjectPattern>();
      for (PatternProperty* property : pattern->properties) declarePatternNames(property->value, kind);
      if (pattern->rest) declarePatternNames(pattern->rest, kind);
      break;
    }
    case NodeKind::ArrayPattern: {
      auto* pattern = target->as<ArrayPattern>();
      for (Node* element : pattern->elements) {
        if (element) declarePatternNames(element, kind);
      }
      if (pattern->rest) declarePatternNames(pattern->rest, kind);
      break;
    }
    default: break;
  }
}

void Parser::declarePrivateName(PrivateName* name, ClassMemberKind kind, bool isStatic) {
  const uint8_t bit = kind == ClassMemberKind::Field    ? PrivateField
                      : kind == ClassMemberKind::Getter ? PrivateGetter
                      : kind == ClassMemberKind::Setter ? PrivateSetter
                                                        : PrivateMethod;
  auto [entry, isNew] = classes_.back().declared.try_emplace(name->name, ClassContext::Entry{bit, isStatic});
  if (isNew) return;
  // Only a getter and a setter of the same placement may share a name.
  const uint8_t accessors = PrivateGetter | PrivateSetter;
  const bool pairs =
      (entry->second.kinds | bit) == accessors && entry->second.kinds != bit && entry->second.isStatic == isStatic;
  if (!pairs) syntaxError("Identifier '" + std::string(name->name) + "' has already been declared", name->range.start);
  entry->second.kinds |= bit;
}

void Parser::resolvePrivateNames(ClassContext& context) {
  ClassContext* enclosing = classes_.size() >= 2 ? &classes_[classes_.size() - 2] : nullptr;
  for (const ClassContext::Reference& reference : context.references) {
    if (context.declared.contains(reference.name->name)) continue;
    if (!enclosing) {
      syntaxError("Private field '" + std::string(reference.name->name) + "' must be declared in an enclosing class",
                  reference.reportAt);
    }
    enclosing->references.push_back(reference);
  }
}

}  // namespace reachable
