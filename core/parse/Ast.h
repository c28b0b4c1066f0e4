#pragma once

// The syntax tree. Plain structs in an Arena owned by the ParseResult; children
// are raw pointers (nullptr where optional) and lists are spans into the same
// arena. Downcast with `as<T>()` after checking `kind`. Every node carries its
// source range; scope nodes list the names they declare, so that a compiler
// can resolve every name to a frame slot, a context slot or a global.

#include "parse/Token.h"
#include "text/SourcePosition.h"

#include <cassert>
#include <cstdint>
#include <span>
#include <string_view>

namespace reachable {

enum class NodeKind : uint8_t {
  Program,
  // Statements
  VariableDeclaration,
  FunctionDeclaration,
  ClassDeclaration,
  ExpressionStatement,
  BlockStatement,
  EmptyStatement,
  DebuggerStatement,
  IfStatement,
  ForStatement,
  ForInStatement,
  ForOfStatement,
  WhileStatement,
  DoWhileStatement,
  SwitchStatement,
  ReturnStatement,
  BreakStatement,
  ContinueStatement,
  LabeledStatement,
  ThrowStatement,
  TryStatement,
  // Expressions
  Identifier,
  PrivateName,
  NumberLiteral,
  BigIntLiteral,
  StringLiteral,
  RegExpLiteral,
  BooleanLiteral,
  NullLiteral,
  TemplateLiteral,
  TaggedTemplate,
  ThisExpression,
  SuperExpression,
  NewTarget,
  ArrayLiteral,
  ObjectLiteral,
  FunctionExpression,
  ArrowFunction,
  ClassExpression,
  UnaryExpression,
  UpdateExpression,
  BinaryExpression,
  LogicalExpression,
  AssignmentExpression,
  ConditionalExpression,
  CallExpression,
  NewExpression,
  MemberExpression,
  OptionalChain,
  SequenceExpression,
  SpreadElement,
  AwaitExpression,
  YieldExpression,
  PrivateInExpression,
  // Patterns (binding and assignment targets)
  ObjectPattern,
  ArrayPattern,
  AssignmentPattern,
  // Parts of the above
  VariableDeclarator,
  Property,
  PatternProperty,
  SwitchCase,
  CatchClause,
  ClassMember,
};

struct Node {
  NodeKind kind;
  bool parenthesized = false;  // written inside ( ): matters for ?? mixing, `(a) = 1`
  SourceRange range;

  template <typename T>
  T* as() {
    assert(T::kinds(kind));
    return static_cast<T*>(this);
  }
  template <typename T>
  const T* as() const {
    assert(T::kinds(kind));
    return static_cast<const T*>(this);
  }
};

template <NodeKind... Kinds>
struct NodeOf : Node {
  static constexpr bool kinds(NodeKind k) { return ((k == Kinds) || ...); }
};

using NodeList = std::span<Node*>;

// --- Scopes ---------------------------------------------------------------

// FunctionName is a named function expression's own name inside it (scope analysis
// declares it): read-only, though sloppy code's assignment to it is ignored, not an error.
enum class DeclarationKind : uint8_t { Var, Let, Const, Class, Function, Parameter, CatchParameter, FunctionName };

struct Identifier;

struct Declaration {
  std::string_view name;
  DeclarationKind kind;
  const Identifier* id;  // the declaring occurrence
};

enum class ScopeKind : uint8_t { Module, Script, Function, Block, For, Catch, Class, Switch };

// The names a scope declares. A function's scope holds its parameters, its
// `var`s (hoisted from nested blocks) and its top-level functions and lexical
// declarations; a block's holds its let/const/class/function declarations.
struct Scope {
  ScopeKind kind = ScopeKind::Block;
  std::span<const Declaration> declarations;
};

// --- Expressions ----------------------------------------------------------

struct Identifier : NodeOf<NodeKind::Identifier> {
  std::string_view name;
};

struct PrivateName : NodeOf<NodeKind::PrivateName> {
  std::string_view name;  // with its '#'
};

struct NumberLiteral : NodeOf<NodeKind::NumberLiteral> {
  double value = 0;
};

struct BigIntLiteral : NodeOf<NodeKind::BigIntLiteral> {
  std::u16string_view digits;  // with the radix prefix ("0x1f"), without separators or the n
};

struct StringLiteral : NodeOf<NodeKind::StringLiteral> {
  std::u16string_view value;  // UTF-16, lone surrogates kept
};

// /pattern/flags, checked (and found translatable for PCRE2) by the parser.
struct RegExpLiteral : NodeOf<NodeKind::RegExpLiteral> {
  std::u16string_view pattern;
  std::u16string_view flags;
};

struct BooleanLiteral : NodeOf<NodeKind::BooleanLiteral> {
  bool value = false;
};

struct TemplateElement {
  std::u16string_view cooked;
  std::u16string_view raw;
  bool cookedValid = true;  // false only in tagged templates with bad escapes
};

struct TemplateLiteral : NodeOf<NodeKind::TemplateLiteral> {
  std::span<TemplateElement> quasis;  // one more than expressions
  NodeList expressions;
};

struct TaggedTemplate : NodeOf<NodeKind::TaggedTemplate> {
  Node* tag = nullptr;
  TemplateLiteral* quasi = nullptr;
};

struct ArrayLiteral : NodeOf<NodeKind::ArrayLiteral> {
  NodeList elements;           // nullptr for a hole; SpreadElement for ...x
  bool trailingComma = false;  // `[...a,]` cannot become a pattern
};

enum class PropertyKind : uint8_t { Init, Method, Getter, Setter, Spread, Proto };

struct Property : NodeOf<NodeKind::Property> {
  PropertyKind propertyKind = PropertyKind::Init;
  bool computed = false;
  bool shorthand = false;
  Node* key = nullptr;    // Identifier (a name), StringLiteral, NumberLiteral, or expression
  Node* value = nullptr;  // the value, method FunctionExpression, or spread argument
};

struct ObjectLiteral : NodeOf<NodeKind::ObjectLiteral> {
  std::span<Property*> properties;
  bool trailingComma = false;
};

struct UnaryExpression : NodeOf<NodeKind::UnaryExpression> {
  TokenKind op;  // - + ! ~ typeof void delete
  Node* argument = nullptr;
};

struct UpdateExpression : NodeOf<NodeKind::UpdateExpression> {
  TokenKind op;  // ++ --
  bool prefix = false;
  Node* argument = nullptr;
};

struct BinaryExpression : NodeOf<NodeKind::BinaryExpression, NodeKind::LogicalExpression> {
  TokenKind op;  // LogicalExpression: && || ??
  SourcePosition opPosition;  // where V8 places an error of the operation
  Node* left = nullptr;
  Node* right = nullptr;
};

struct AssignmentExpression : NodeOf<NodeKind::AssignmentExpression> {
  TokenKind op;
  SourcePosition opPosition;  // where V8 places an error of the store
  Node* target = nullptr;  // Identifier, MemberExpression, or a pattern (op '=' only)
  Node* value = nullptr;
};

struct ConditionalExpression : NodeOf<NodeKind::ConditionalExpression> {
  Node* test = nullptr;
  Node* consequent = nullptr;
  Node* alternate = nullptr;
};

// A call, or with kind NewExpression a construction. `callee` is a
// SuperExpression for super(...).
struct CallExpression : NodeOf<NodeKind::CallExpression, NodeKind::NewExpression> {
  Node* callee = nullptr;
  NodeList arguments;     // SpreadElement for ...x
  bool optional = false;  // callee?.(...)
  // Where V8 places an error of the call: the callee's name when the callee ends in
  // one (`f`, `o.f`), else the `(`; a construction's is its `new`.
  SourcePosition position;
};

struct MemberExpression : NodeOf<NodeKind::MemberExpression> {
  Node* object = nullptr;    // SuperExpression for super.x
  Node* property = nullptr;  // Identifier (name), PrivateName, or expression
  bool computed = false;
  bool optional = false;  // object?.property
  // Where V8 places an error of the read: the name, or the `[` of a computed key.
  SourcePosition position;
};

// The extent of an optional chain: when a `?.` meets null/undefined, the
// whole `expression` evaluates to undefined.
struct OptionalChain : NodeOf<NodeKind::OptionalChain> {
  Node* expression = nullptr;
};

struct SequenceExpression : NodeOf<NodeKind::SequenceExpression> {
  NodeList expressions;
};

// SpreadElement and AwaitExpression.
struct UnaryNode : NodeOf<NodeKind::SpreadElement, NodeKind::AwaitExpression> {
  Node* argument = nullptr;
};

// `yield value`, or `yield* iterable` (delegate), inside a generator.
struct YieldExpression : NodeOf<NodeKind::YieldExpression> {
  Node* argument = nullptr;  // none for a bare `yield`
  bool delegate = false;
};

struct PrivateInExpression : NodeOf<NodeKind::PrivateInExpression> {
  PrivateName* name = nullptr;
  Node* object = nullptr;
};

// ThisExpression, SuperExpression, NewTarget, NullLiteral, EmptyStatement, DebuggerStatement.
struct LeafNode : NodeOf<NodeKind::ThisExpression, NodeKind::SuperExpression, NodeKind::NewTarget,
                         NodeKind::NullLiteral, NodeKind::EmptyStatement, NodeKind::DebuggerStatement> {};

// --- Patterns -------------------------------------------------------------

struct PatternProperty : NodeOf<NodeKind::PatternProperty> {
  Node* key = nullptr;
  Node* value = nullptr;  // a target, or AssignmentPattern with a default
  bool computed = false;
  bool shorthand = false;
};

struct ObjectPattern : NodeOf<NodeKind::ObjectPattern> {
  std::span<PatternProperty*> properties;
  Node* rest = nullptr;
};

struct ArrayPattern : NodeOf<NodeKind::ArrayPattern> {
  NodeList elements;  // nullptr for a hole
  Node* rest = nullptr;
};

struct AssignmentPattern : NodeOf<NodeKind::AssignmentPattern> {
  Node* target = nullptr;
  Node* defaultValue = nullptr;
};

// --- Functions and classes ------------------------------------------------

enum class FunctionKind : uint8_t {
  Normal,
  Arrow,
  Method,
  Getter,
  Setter,
  ClassConstructor,
  DerivedConstructor,
  ClassStaticBlock,
};

// FunctionDeclaration, FunctionExpression (also methods) and ArrowFunction.
// `range` covers the text Function.prototype.toString returns.
struct Function : NodeOf<NodeKind::FunctionDeclaration, NodeKind::FunctionExpression, NodeKind::ArrowFunction> {
  FunctionKind functionKind = FunctionKind::Normal;
  bool isAsync = false;
  bool isGenerator = false;
  bool hasSimpleParameterList = true;
  // Strict mode code: inside strict code or a class, or its own "use strict".
  bool strict = true;
  Identifier* name = nullptr;
  NodeList params;  // targets, AssignmentPattern for defaults
  Node* rest = nullptr;
  NodeList body;
  Node* expressionBody = nullptr;  // a concise arrow body
  Scope scope;
};

enum class ClassMemberKind : uint8_t { Constructor, Method, Getter, Setter, Field, StaticBlock };

struct ClassMember : NodeOf<NodeKind::ClassMember> {
  ClassMemberKind memberKind = ClassMemberKind::Method;
  bool isStatic = false;
  bool computed = false;
  Node* key = nullptr;           // Identifier (name), StringLiteral, NumberLiteral, PrivateName, expression
  Function* function = nullptr;  // methods, accessors, constructor, static block
  // A field's initializer, evaluated per instance (or once for static) as if
  // in a method of the class: `this` is the object, `arguments` is forbidden.
  Node* value = nullptr;
};

// ClassDeclaration and ClassExpression. The class scope binds the class's own
// name inside its body.
struct Class : NodeOf<NodeKind::ClassDeclaration, NodeKind::ClassExpression> {
  Identifier* name = nullptr;
  Node* superClass = nullptr;
  std::span<ClassMember*> members;
  Scope scope;
};

// --- Statements -----------------------------------------------------------

struct VariableDeclarator : NodeOf<NodeKind::VariableDeclarator> {
  Node* target = nullptr;  // Identifier or pattern
  Node* init = nullptr;
};

struct VariableDeclaration : NodeOf<NodeKind::VariableDeclaration> {
  DeclarationKind declarationKind = DeclarationKind::Var;  // Var, Let or Const
  std::span<VariableDeclarator*> declarators;
};

// ExpressionStatement, ReturnStatement, ThrowStatement (`value` may be null for return).
struct ValueStatement : NodeOf<NodeKind::ExpressionStatement, NodeKind::ReturnStatement, NodeKind::ThrowStatement> {
  Node* value = nullptr;
};

struct BlockStatement : NodeOf<NodeKind::BlockStatement> {
  NodeList body;
  Scope scope;
};

struct IfStatement : NodeOf<NodeKind::IfStatement> {
  Node* test = nullptr;
  Node* consequent = nullptr;
  Node* alternate = nullptr;
};

// The head's let/const live in `scope`; a `let` head gets a fresh copy of its
// bindings per iteration.
struct ForStatement : NodeOf<NodeKind::ForStatement> {
  Node* init = nullptr;  // VariableDeclaration or expression
  Node* test = nullptr;
  Node* update = nullptr;
  Node* body = nullptr;
  Scope scope;
};

// ForInStatement and ForOfStatement.
struct ForEachStatement : NodeOf<NodeKind::ForInStatement, NodeKind::ForOfStatement> {
  Node* left = nullptr;  // VariableDeclaration (one declarator, no init) or assignment target
  Node* right = nullptr;
  Node* body = nullptr;
  Scope scope;
  bool isAwait = false;  // `for await (… of …)`
};

// WhileStatement and DoWhileStatement.
struct LoopStatement : NodeOf<NodeKind::WhileStatement, NodeKind::DoWhileStatement> {
  Node* test = nullptr;
  Node* body = nullptr;
};

struct SwitchCase : NodeOf<NodeKind::SwitchCase> {
  Node* test = nullptr;  // nullptr for default
  NodeList consequent;
};

struct SwitchStatement : NodeOf<NodeKind::SwitchStatement> {
  Node* discriminant = nullptr;
  std::span<SwitchCase*> cases;
  Scope scope;  // one block scope for all the cases
};

// BreakStatement and ContinueStatement.
struct JumpStatement : NodeOf<NodeKind::BreakStatement, NodeKind::ContinueStatement> {
  Identifier* label = nullptr;
};

struct LabeledStatement : NodeOf<NodeKind::LabeledStatement> {
  Identifier* label = nullptr;
  Node* body = nullptr;
};

struct CatchClause : NodeOf<NodeKind::CatchClause> {
  Node* param = nullptr;  // nullptr for `catch {`
  BlockStatement* body = nullptr;
  Scope scope;  // the parameter's bindings
};

struct TryStatement : NodeOf<NodeKind::TryStatement> {
  BlockStatement* block = nullptr;
  CatchClause* handler = nullptr;
  BlockStatement* finalizer = nullptr;
};

// --- The program ----------------------------------------------------------

enum class ParseGoal : uint8_t {
  Module,        // every program: strict, top-level await, `await` reserved
  StrictScript,  // a classic script in strict mode (the test262 host)
  Script,        // a classic script, sloppy unless it says "use strict" (eval and new Function code)
};

struct Program : NodeOf<NodeKind::Program> {
  ParseGoal goal = ParseGoal::Module;
  bool strict = true;  // a module, a strict script, or code whose prologue says "use strict"

  bool hasTopLevelAwait = false;
  NodeList body;
  Scope scope;
};

}  // namespace reachable
