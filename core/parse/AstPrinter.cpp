#include "parse/AstPrinter.h"

#include "text/Utf16.h"
#include "text/Utf8.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace reachable {

std::string formatNumber(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (value == 0) return "0";
  std::string sign = value < 0 ? "-" : "";
  // The shortest digits that read back as the same double (ECMA-262
  // Number::toString), then placed as the specification says.
  char buffer[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*e", precision - 1, std::fabs(value));
    if (std::strtod(buffer, nullptr) == std::fabs(value)) break;
  }
  const std::string text = buffer;
  const size_t e = text.find('e');
  std::string digits = text.substr(0, e);
  std::erase(digits, '.');
  const int k = static_cast<int>(digits.size());
  const int n = std::atoi(text.c_str() + e + 1) + 1;
  if (k <= n && n <= 21) return sign + digits + std::string(static_cast<size_t>(n - k), '0');
  if (0 < n && n <= 21)
    return sign + digits.substr(0, static_cast<size_t>(n)) + "." + digits.substr(static_cast<size_t>(n));
  if (-6 < n && n <= 0) return sign + "0." + std::string(static_cast<size_t>(-n), '0') + digits;
  const std::string exponent = (n - 1 >= 0 ? "+" : "-") + std::to_string(std::abs(n - 1));
  const std::string mantissa = k == 1 ? digits : digits.substr(0, 1) + "." + digits.substr(1);
  return sign + mantissa + "e" + exponent;
}

namespace {

const char* declarationKindName(DeclarationKind kind) {
  switch (kind) {
    case DeclarationKind::Var: return "var";
    case DeclarationKind::Let: return "let";
    case DeclarationKind::Const: return "const";
    case DeclarationKind::Class: return "class";
    case DeclarationKind::Function: return "function";
    case DeclarationKind::Parameter: return "param";
    case DeclarationKind::CatchParameter: return "catch-param";
    case DeclarationKind::FunctionName: return "function-name";
  }
  return "?";
}

class Printer {
 public:
  explicit Printer(AstPrintOptions options) : options_(options) {}

  std::string take() { return std::move(out_); }

  void node(const Node* n) {
    if (!n) {
      out_ += '_';
      return;
    }
    switch (n->kind) {
      case NodeKind::Program: {
        const auto* p = n->as<Program>();
        open(p->goal == ParseGoal::Module ? "module" : "script");
        scope(p->scope);
        items(p->body);
        close();
        break;
      }
      case NodeKind::VariableDeclaration: {
        const auto* d = n->as<VariableDeclaration>();
        open(declarationKindName(d->declarationKind));
        for (const VariableDeclarator* declarator : d->declarators) {
          out_ += ' ';
          if (declarator->init) {
            open("=");
            item(declarator->target);
            item(declarator->init);
            close();
          } else {
            node(declarator->target);
          }
        }
        close();
        break;
      }
      case NodeKind::FunctionDeclaration:
      case NodeKind::FunctionExpression:
      case NodeKind::ArrowFunction: function(n->as<Function>()); break;
      case NodeKind::ClassDeclaration:
      case NodeKind::ClassExpression: classNode(n->as<Class>()); break;
      case NodeKind::ExpressionStatement: unaryForm("expr", n->as<ValueStatement>()->value); break;
      case NodeKind::ReturnStatement: optionalForm("return", n->as<ValueStatement>()->value); break;
      case NodeKind::ThrowStatement: unaryForm("throw", n->as<ValueStatement>()->value); break;
      case NodeKind::BlockStatement: block("block", n->as<BlockStatement>()); break;
      case NodeKind::EmptyStatement: out_ += "(empty)"; break;
      case NodeKind::DebuggerStatement: out_ += "(debugger)"; break;
      case NodeKind::IfStatement: {
        const auto* s = n->as<IfStatement>();
        form("if", {s->test, s->consequent});
        if (s->alternate) {
          out_.pop_back();
          item(s->alternate);
          close();
        }
        break;
      }
      case NodeKind::ForStatement: {
        const auto* s = n->as<ForStatement>();
        open("for");
        scope(s->scope);
        for (const Node* part : {s->init, s->test, s->update, s->body}) item(part);
        close();
        break;
      }
      case NodeKind::ForInStatement:
      case NodeKind::ForOfStatement: {
        const auto* s = n->as<ForEachStatement>();
        open(n->kind == NodeKind::ForInStatement ? "for-in" : s->isAwait ? "for-await-of" : "for-of");
        scope(s->scope);
        for (const Node* part : {s->left, s->right, s->body}) item(part);
        close();
        break;
      }
      case NodeKind::WhileStatement: {
        const auto* s = n->as<LoopStatement>();
        form("while", {s->test, s->body});
        break;
      }
      case NodeKind::DoWhileStatement: {
        const auto* s = n->as<LoopStatement>();
        form("do-while", {s->body, s->test});
        break;
      }
      case NodeKind::SwitchStatement: {
        const auto* s = n->as<SwitchStatement>();
        open("switch");
        scope(s->scope);
        item(s->discriminant);
        for (const SwitchCase* c : s->cases) {
          out_ += ' ';
          open(c->test ? "case" : "default");
          if (c->test) item(c->test);
          items(c->consequent);
          close();
        }
        close();
        break;
      }
      case NodeKind::BreakStatement: optionalForm("break", n->as<JumpStatement>()->label); break;
      case NodeKind::ContinueStatement: optionalForm("continue", n->as<JumpStatement>()->label); break;
      case NodeKind::LabeledStatement: {
        const auto* s = n->as<LabeledStatement>();
        form("label", {s->label, s->body});
        break;
      }
      case NodeKind::TryStatement: {
        const auto* s = n->as<TryStatement>();
        open("try");
        item(s->block);
        if (s->handler) {
          out_ += ' ';
          open("catch");
          scope(s->handler->scope);
          item(s->handler->param);
          item(s->handler->body);
          close();
        }
        if (s->finalizer) {
          out_ += ' ';
          block("finally", s->finalizer);
        }
        close();
        break;
      }
      case NodeKind::Identifier: out_ += n->as<Identifier>()->name; break;
      case NodeKind::PrivateName: out_ += n->as<PrivateName>()->name; break;
      case NodeKind::NumberLiteral: out_ += formatNumber(n->as<NumberLiteral>()->value); break;
      case NodeKind::BigIntLiteral: out_ += toUtf8(n->as<BigIntLiteral>()->digits) + "n"; break;
      case NodeKind::StringLiteral: string(n->as<StringLiteral>()->value); break;
      case NodeKind::RegExpLiteral: {
        const auto* r = n->as<RegExpLiteral>();
        out_ += "/" + toUtf8(r->pattern) + "/" + toUtf8(r->flags);
        break;
      }
      case NodeKind::BooleanLiteral: out_ += n->as<BooleanLiteral>()->value ? "true" : "false"; break;
      case NodeKind::NullLiteral: out_ += "null"; break;
      case NodeKind::ThisExpression: out_ += "this"; break;
      case NodeKind::SuperExpression: out_ += "super"; break;
      case NodeKind::NewTarget: out_ += "new.target"; break;
      case NodeKind::TemplateLiteral: templateLiteral(n->as<TemplateLiteral>(), false); break;
      case NodeKind::TaggedTemplate: {
        const auto* t = n->as<TaggedTemplate>();
        open("tagged");
        item(t->tag);
        out_ += ' ';
        templateLiteral(t->quasi, true);
        close();
        break;
      }
      case NodeKind::ArrayLiteral: {
        open("array");
        items(n->as<ArrayLiteral>()->elements);
        close();
        break;
      }
      case NodeKind::ObjectLiteral: objectLiteral(n->as<ObjectLiteral>()); break;
      case NodeKind::UnaryExpression: {
        const auto* u = n->as<UnaryExpression>();
        unaryForm(std::string(tokenText(u->op)).c_str(), u->argument);
        break;
      }
      case NodeKind::UpdateExpression: {
        const auto* u = n->as<UpdateExpression>();
        const std::string op(tokenText(u->op));
        unaryForm((u->prefix ? op : "post" + op).c_str(), u->argument);
        break;
      }
      case NodeKind::BinaryExpression:
      case NodeKind::LogicalExpression: {
        const auto* b = n->as<BinaryExpression>();
        form(std::string(tokenText(b->op)).c_str(), {b->left, b->right});
        break;
      }
      case NodeKind::AssignmentExpression: {
        const auto* a = n->as<AssignmentExpression>();
        form(std::string(tokenText(a->op)).c_str(), {a->target, a->value});
        break;
      }
      case NodeKind::ConditionalExpression: {
        const auto* c = n->as<ConditionalExpression>();
        form("?", {c->test, c->consequent, c->alternate});
        break;
      }
      case NodeKind::CallExpression:
      case NodeKind::NewExpression: {
        const auto* c = n->as<CallExpression>();
        open(n->kind == NodeKind::NewExpression ? "new" : c->optional ? "call?." : "call");
        item(c->callee);
        items(c->arguments);
        close();
        break;
      }
      case NodeKind::MemberExpression: {
        const auto* m = n->as<MemberExpression>();
        const char* op = m->computed ? (m->optional ? "?.[]" : "[]") : (m->optional ? "?." : ".");
        form(op, {m->object, m->property});
        break;
      }
      case NodeKind::OptionalChain: unaryForm("chain", n->as<OptionalChain>()->expression); break;
      case NodeKind::SequenceExpression: {
        open(",");
        items(n->as<SequenceExpression>()->expressions);
        close();
        break;
      }
      case NodeKind::SpreadElement: unaryForm("...", n->as<UnaryNode>()->argument); break;
      case NodeKind::AwaitExpression: unaryForm("await", n->as<UnaryNode>()->argument); break;
      case NodeKind::YieldExpression: {
        const auto* y = n->as<YieldExpression>();
        optionalForm(y->delegate ? "yield*" : "yield", y->argument);
        break;
      }
      case NodeKind::PrivateInExpression: {
        const auto* p = n->as<PrivateInExpression>();
        form("in", {p->name, p->object});
        break;
      }
      case NodeKind::ObjectPattern: {
        const auto* p = n->as<ObjectPattern>();
        open("object-pattern");
        for (const PatternProperty* property : p->properties) {
          out_ += ' ';
          if (property->shorthand) {
            node(property->value);
            continue;
          }
          open("prop");
          out_ += ' ';
          key(property->key, property->computed);
          item(property->value);
          close();
        }
        if (p->rest) {
          out_ += ' ';
          unaryForm("rest", p->rest);
        }
        close();
        break;
      }
      case NodeKind::ArrayPattern: {
        const auto* p = n->as<ArrayPattern>();
        open("array-pattern");
        items(p->elements);
        if (p->rest) {
          out_ += ' ';
          unaryForm("rest", p->rest);
        }
        close();
        break;
      }
      case NodeKind::AssignmentPattern: {
        const auto* p = n->as<AssignmentPattern>();
        form("default", {p->target, p->defaultValue});
        break;
      }
      default: out_ += "(?)"; break;
    }
  }

 private:
  void open(const char* head) {
    out_ += '(';
    out_ += head;
  }
  void close() { out_ += ')'; }
  void item(const Node* n) {
    out_ += ' ';
    node(n);
  }
  void items(std::span<Node* const> list) {
    for (const Node* n : list) item(n);
  }
  void form(const char* head, std::initializer_list<const Node*> parts) {
    open(head);
    for (const Node* part : parts) item(part);
    close();
  }
  void unaryForm(const char* head, const Node* argument) { form(head, {argument}); }
  void optionalForm(const char* head, const Node* argument) {
    open(head);
    if (argument) item(argument);
    close();
  }

  void scope(const Scope& s) {
    if (!options_.scopes || s.declarations.empty()) return;
    out_ += " [";
    for (size_t i = 0; i < s.declarations.size(); ++i) {
      if (i) out_ += ' ';
      out_ += declarationKindName(s.declarations[i].kind);
      out_ += ':';
      out_ += s.declarations[i].name;
    }
    out_ += ']';
  }

  void block(const char* head, const BlockStatement* b) {
    open(head);
    scope(b->scope);
    items(b->body);
    close();
  }

  void string(std::u16string_view value) {
    out_ += '"';
    for (char16_t c : value) {
      switch (c) {
        case u'"': out_ += "\\\""; break;
        case u'\\': out_ += "\\\\"; break;
        case u'\n': out_ += "\\n"; break;
        case u'\t': out_ += "\\t"; break;
        default:
          if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(c));
            out_ += buffer;
          } else {
            utf8::append(out_, c);
          }
      }
    }
    out_ += '"';
  }

  void key(const Node* k, bool computed) {
    if (computed) out_ += '[';
    node(k);
    if (computed) out_ += ']';
  }

  void templateLiteral(const TemplateLiteral* t, bool showRaw) {
    open("template");
    for (size_t i = 0; i < t->quasis.size(); ++i) {
      const TemplateElement& quasi = t->quasis[i];
      out_ += ' ';
      if (quasi.cookedValid) {
        string(quasi.cooked);
      } else {
        out_ += "<invalid>";
      }
      if (showRaw) {
        out_ += "|raw=";
        string(quasi.raw);
      }
      if (i < t->expressions.size()) item(t->expressions[i]);
    }
    close();
  }

  void objectLiteral(const ObjectLiteral* o) {
    open("object");
    for (const Property* p : o->properties) {
      out_ += ' ';
      switch (p->propertyKind) {
        case PropertyKind::Spread: unaryForm("...", p->value); continue;
        case PropertyKind::Proto: unaryForm("__proto__", p->value); continue;
        case PropertyKind::Init:
          if (p->shorthand) {
            unaryForm("shorthand", p->value);
            continue;
          }
          open("init");
          break;
        case PropertyKind::Method: open("method"); break;
        case PropertyKind::Getter: open("get"); break;
        case PropertyKind::Setter: open("set"); break;
      }
      out_ += ' ';
      key(p->key, p->computed);
      item(p->value);
      close();
    }
    close();
  }

  void function(const Function* f) {
    const bool arrow = f->kind == NodeKind::ArrowFunction;
    open(arrow ? "arrow" : "function");
    if (f->isAsync) out_ += " async";
    if (f->isGenerator) out_ += " generator";
    if (f->name) item(f->name);
    scope(f->scope);
    out_ += " (";
    for (size_t i = 0; i < f->params.size(); ++i) {
      if (i) out_ += ' ';
      node(f->params[i]);
    }
    if (f->rest) {
      if (!f->params.empty()) out_ += ' ';
      unaryForm("rest", f->rest);
    }
    out_ += ')';
    if (f->expressionBody) {
      item(f->expressionBody);
    } else {
      items(f->body);
    }
    close();
  }

  void classNode(const Class* c) {
    open("class");
    if (c->name) item(c->name);
    scope(c->scope);
    if (c->superClass) {
      out_ += ' ';
      unaryForm("extends", c->superClass);
    }
    for (const ClassMember* m : c->members) {
      out_ += ' ';
      static const char* const kNames[] = {"constructor", "method", "get", "set", "field", "static-block"};
      std::string head = kNames[static_cast<int>(m->memberKind)];
      if (m->isStatic && m->memberKind != ClassMemberKind::StaticBlock) head = "static-" + head;
      open(head.c_str());
      if (m->key) {
        out_ += ' ';
        key(m->key, m->computed);
      }
      if (m->memberKind == ClassMemberKind::StaticBlock) {
        scope(m->function->scope);
        items(m->function->body);
      } else if (m->function) {
        item(m->function);
      } else if (m->value) {
        item(m->value);
      }
      close();
    }
    close();
  }

  AstPrintOptions options_;
  std::string out_;
};

}  // namespace

std::string printAst(const Node* node, AstPrintOptions options) {
  Printer printer(options);
  printer.node(node);
  return printer.take();
}

}  // namespace reachable
