#pragma once

// The parser's internals, shared by its Parser*.cpp files. Not part of the API:
// include "parse/Parser.h" instead.

#include "parse/Arena.h"
#include "parse/Ast.h"
#include "parse/Diagnostics.h"
#include "parse/Lexer.h"
#include "parse/Parser.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace reachable {

class Parser {
 public:
  Parser(std::string_view source, ParseGoal goal, Arena& arena, NameTable& names, Diagnostics& diagnostics,
         const EvalContext& eval);
  Program* parseProgram();

 private:
  // What the enclosing function allows; arrows inherit most of it.
  struct FunctionContext {
    FunctionKind kind = FunctionKind::Normal;
    bool isAsync = false;
    bool allowAwait = false;  // `await` is an operator here
    bool allowYield = false;  // `yield` is an operator here: a generator's body
    bool inParameters = false;  // its formal parameters, where `yield` is an error
    bool allowReturn = false;
    bool allowSuperProperty = false;
    bool allowSuperCall = false;
    bool allowNewTarget = false;
    bool allowArguments = true;  // false in class fields and static blocks
    bool strict = true;          // strict mode code (ParserStrictness.cpp)
    // A parameter name given twice, which sloppy code allows in a plain function's
    // simple parameter list: where, for the error if the list or the body disallow it.
    std::optional<SourcePosition> duplicateParameter;
    int breakableDepth = 0;      // enclosing loops and switches
    int loopDepth = 0;
    struct Label {
      std::string_view name;
      bool isLoop;
    };
    std::vector<Label> labels;
  };

  struct ScopeFrame {
    ScopeKind kind = ScopeKind::Block;
    bool isVarScope = false;   // where `var` stops hoisting
    bool isCatchBody = false;  // its let/const may not redeclare the catch parameter
    bool catchParameterIsPattern = false;
    std::vector<Declaration> declarations;
    std::unordered_map<std::string_view, DeclarationKind> lexicalNames;  // incl. parameters
    std::unordered_set<std::string_view> varNames;                       // declared in or hoisted through
  };

  enum PrivateNameKind : uint8_t { PrivateField = 1, PrivateMethod = 2, PrivateGetter = 4, PrivateSetter = 8 };
  struct ClassContext {
    struct Entry {
      uint8_t kinds = 0;
      bool isStatic = false;
    };
    std::unordered_map<std::string_view, Entry> declared;
    struct Reference {
      PrivateName* name;
      SourcePosition reportAt;  // V8 points at the '.' before `.#x`
    };
    std::vector<Reference> references;
  };

  // An error that stands only if an object literal stays an expression:
  // `{a = 1}` and a second `__proto__:` are fine in a destructuring pattern.
  struct CoverError {
    const Node* literal;
    const char* message;
    SourcePosition pos;
  };

  // The directive prologue of a body being read: its leading statements that are a
  // lone string. Their tokens are kept, since a "use strict" among them makes the
  // octal escapes of those before it errors.
  struct DirectivePrologue {
    bool open = true;
    std::vector<Token> tokens;
    // Reads the statement that began with `first`: whether it is "use strict".
    bool read(const Token& first, const Node* statement);
    void end() { open = false; }
  };

  // Makes the code inside a class strict, and the code after it what it was.
  class StrictClass {
   public:
    explicit StrictClass(Parser& parser) : parser_(parser), outer_(parser.functions_.back().strict) {
      parser.functions_.back().strict = true;
    }
    ~StrictClass() { parser_.functions_.back().strict = outer_; }
    StrictClass(const StrictClass&) = delete;
    StrictClass& operator=(const StrictClass&) = delete;

   private:
    Parser& parser_;
    bool outer_;
  };

  // ---- Tokens (Parser.cpp) ----
  const Token& current() const { return current_; }
  const Token& peek();
  Token peekSecond();  // the token after peek(), without consuming either
  void advance();
  bool at(TokenKind kind) const { return current_.kind == kind; }
  bool atContextual(std::string_view word) const;
  bool eat(TokenKind kind);
  void expect(TokenKind kind);
  void consumeSemicolon();
  [[noreturn]] void unexpected(const Token& token);
  [[noreturn]] void unexpected() { unexpected(current_); }
  [[noreturn]] void syntaxError(std::string message, SourcePosition pos);
  [[noreturn]] void unsupported(std::string message, SourcePosition pos);
  std::string unexpectedMessage(const Token& token) const;
  std::u16string_view copyString(const std::u16string& text);

  template <typename T>
  T* make(NodeKind kind, SourcePosition start) {
    T* node = arena_.make<T>();
    node->kind = kind;
    node->range.start = start;
    node->range.end = previousEnd_;
    return node;
  }
  template <typename T>
  T* finish(T* node) {
    node->range.end = previousEnd_;
    return node;
  }
  template <typename T>
  std::span<T> list(const std::vector<T>& items) {
    return arena_.copy(items);
  }

  // Bounds recursion so deep nesting is an error, not a stack overflow.
  class DepthGuard {
   public:
    explicit DepthGuard(Parser& parser);
    ~DepthGuard() { --parser_.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

   private:
    Parser& parser_;
  };

  // One link of a chain that a loop of the parser builds (`a + b + c`, `a.b.c`,
  // `f()()`): the tree grows a level deeper with no recursion of the parser's, but
  // every walk after it recurses once per level, so each link counts against
  // kMaxTreeDepth until the chain's expression is done.
  class ChainDepth {
   public:
    explicit ChainDepth(Parser& parser) : parser_(parser), outer_(parser.chainDepth_) {}
    ~ChainDepth() { parser_.chainDepth_ = outer_; }
    ChainDepth(const ChainDepth&) = delete;
    ChainDepth& operator=(const ChainDepth&) = delete;
    void link();

   private:
    Parser& parser_;
    int outer_;
  };
  bool stackExhausted() const;
  [[noreturn]] void failTooDeep();

  // ---- Strict mode (ParserStrictness.cpp) ----
  bool strict() const { return functions_.back().strict; }
  void enterStrictMode(const DirectivePrologue& prologue);
  // A function whose body says "use strict": its name and parameters, read as
  // sloppy code, must be valid strict code too.
  void checkStrictFunction(const Function* function);

  // ---- Identifiers (ParserIdentifiers.cpp) ----
  bool isReservedWordHere(const Token& token) const;
  void checkIdentifierReference(const Token& token);
  void checkBindingIdentifier(const Token& token);
  void checkStrictBindingName(std::string_view name, SourcePosition pos);
  Identifier* parseIdentifierReference();
  Identifier* parseBindingIdentifier();
  Identifier* parseIdentifierName();  // after '.', as a property key: keywords allowed
  Identifier* makeIdentifier(const Token& token);
  bool awaitIsOperator() const;

  // ---- Scopes and early errors (ParserScopes.cpp) ----
  void pushScope(ScopeKind kind, bool isVarScope = false);
  Scope popScope();
  ScopeFrame& currentScope() { return scopes_.back(); }
  void declareLexical(const Identifier* id, DeclarationKind kind, std::optional<SourcePosition> reportAt = {});
  void declareVar(const Identifier* id);
  void declareVarScopedFunction(const Identifier* id, SourcePosition reportAt);
  void declareParameter(const Identifier* id);
  void declareFunctionName(const Identifier* id, SourcePosition declarationStart);
  void declarePatternNames(Node* target, DeclarationKind kind);
  [[noreturn]] void redeclared(const Identifier* id, std::optional<SourcePosition> reportAt = {});
  void declarePrivateName(PrivateName* name, ClassMemberKind kind, bool isStatic);
  void resolvePrivateNames(ClassContext& context);

  // ---- Statements (ParserStatements.cpp) ----
  NodeList parseStatementList(TokenKind end);
  Node* parseStatementListItem();
  Node* parseStatement();
  Node* parseStatementBody();  // the sub-statement of if/while/for/label
  BlockStatement* parseBlock(bool isCatchBody = false);
  VariableDeclaration* parseVariableDeclaration(DeclarationKind kind, bool inForHead);
  Node* parseIf();
  Node* parseFor();
  Node* parseForEach(SourcePosition start, Node* left, bool isOf, bool isAwait);
  Node* parseWhile();
  Node* parseDoWhile();
  Node* parseSwitch();
  Node* parseReturn();
  Node* parseJump(bool isBreak);
  Node* parseThrow();
  Node* parseTry();
  CatchClause* parseCatch();
  Node* parseLabeled(Identifier* label);
  Node* parseExpressionStatement();
  Node* parseLoopBody();
  bool atLexicalDeclaration();
  bool atLetDeclaration();
  void refuseModuleSyntax();

  // ---- Modules (ParserModules.cpp) ----
  Node* parseExport();
  Node* parseExportDefault(SourcePosition exportStart);
  Node* parseExportList(SourcePosition start);
  Identifier* parseModuleExportName();
  [[noreturn]] void refuseExportFrom(SourcePosition start);
  void addExportName(std::string_view name, SourcePosition pos);
  void checkExportedLocals();
  Node* expressionStatement(SourcePosition start, Node* value);

  // ---- Expressions (ParserExpressions.cpp) ----
  Node* parseExpression(bool allowIn = true);
  Node* parseAssignment(bool allowIn = true, bool mayBecomePattern = false);
  Node* parseConditional(bool allowIn);
  Node* parseBinary(int minPrecedence, bool allowIn);
  Node* parseUnary();
  Node* parseUpdate();
  Node* parseLeftHandSide();
  // At a call's `(`: where V8 places the call's errors (CallExpression::position).
  SourcePosition callPosition() const;
  Node* parseCallTail(Node* callee, SourcePosition start, bool allowCalls, bool& inOptionalChain);
  Node* parseMemberName(Node* object, SourcePosition start, SourcePosition dotPosition, bool optional);
  static void placeAtDot(Node* member, SourcePosition dot, bool afterCall);
  Node* parseNew();
  Node* parseSuper();
  Node* parseImportExpression();
  Node* parsePrimary();
  Node* parseParenthesized();
  Node* parseArrayLiteral();
  Node* parseObjectLiteral();
  Property* parseObjectProperty(ObjectLiteral* literal, bool& sawProto);
  Node* parsePropertyKey(bool& computed);
  Node* parseTemplateLiteral(bool tagged);
  Node* parseAsyncPrimary();
  Node* parseYield(bool allowIn);
  NodeList parseArguments(bool mayBecomeParameters, std::optional<SourcePosition>* trailingComma = nullptr);
  void referencePrivateName(PrivateName* name, SourcePosition reportAt);
  PrivateName* parsePrivateName();
  Node* parseRegExp();
  void checkPendingCoverErrors(size_t from);
  // An identifier or a member; also a call unless `callAllowed` is false: V8 lets a
  // call stand there (the old web's `f() = 1`) and throws a ReferenceError when it runs.
  void checkSimpleAssignmentTarget(Node* target, const char* message, bool callAllowed = true);

  // ---- Patterns (ParserPatterns.cpp) ----
  Node* parseBindingTarget();
  Node* parseBindingElement();
  Node* parseObjectBindingPattern();
  Node* parseArrayBindingPattern();
  Node* toAssignmentTarget(Node* expression, bool nested);
  Node* toBindingTarget(Node* expression);
  Node* toObjectPattern(ObjectLiteral* literal, bool binding);
  Node* toArrayPattern(ArrayLiteral* literal, bool binding);
  void clearCoverErrors(const Node* literal);

  // ---- Functions (ParserFunctions.cpp) ----
  Function* parseFunction(NodeKind kind, SourcePosition start, bool isAsync, bool isStatement);
  Function* parseMethod(FunctionKind kind, bool isAsync, bool isGenerator, SourcePosition start);
  void parseFormalParameters(Function* function);
  void parseFunctionBody(Function* function);
  Node* parseArrowFunction(SourcePosition start, const std::vector<Node*>& params, Node* rest, bool isAsync);
  FunctionContext methodContext(FunctionKind kind, bool isAsync, bool isGenerator = false) const;
  void checkParameterShape(Function* function, SourcePosition start);

  // ---- Classes (ParserClasses.cpp) ----
  Class* parseClass(NodeKind kind, bool isStatement);
  ClassMember* parseClassMember(Class* classNode, bool& sawConstructor);
  void parseClassMemberValue(ClassMember* member, Class* classNode, SourcePosition start, bool isAsync,
                             bool isGenerator);
  Function* parseStaticBlock(SourcePosition start);
  Node* parseFieldInitializer();

  // ---- Error recovery (Parser.cpp) ----
  bool resynchronise(SourcePosition statementStart, SourcePosition errorPos);
  void skipPastStatement(SourcePosition errorPos);

  Lexer lexer_;
  ParseGoal goal_;
  EvalContext eval_;  // the default for anything but a direct eval's code
  Arena& arena_;
  NameTable& names_;
  Diagnostics& diagnostics_;
  Token current_;
  std::optional<Token> peeked_;
  SourcePosition previousEnd_;
  SourcePosition previousStart_;
  TokenKind previousKind_ = TokenKind::EndOfInput;
  int depth_ = 0;
  int chainDepth_ = 0;  // links of the chains being built (ChainDepth)
  uintptr_t stackBase_ = 0;  // the parser's first frame, to measure the stack used
  bool sawTopLevelAwait_ = false;

  std::vector<FunctionContext> functions_;
  std::vector<ScopeFrame> scopes_;
  std::vector<ClassContext> classes_;
  std::vector<CoverError> coverErrors_;
  // Where `await` operators were parsed, and in how many enclosing functions: an
  // async arrow's parameters, read first as a call's arguments, may hold none.
  struct AwaitSeen {
    SourcePosition pos;
    std::size_t functionDepth;
  };
  std::vector<AwaitSeen> awaitsSeen_;
  std::unordered_set<std::string_view> exportNames_;  // each may be exported once
  std::vector<Identifier*> exportedLocals_;           // by export lists, checked at the end
  size_t labelChainLength_ = 0;
  uint32_t assignmentStart_ = UINT32_MAX;  // where the innermost AssignmentExpression began
  // Where the outermost '(' of a parenthesized expression is: V8 reports
  // invalid targets there, while node ranges leave the parentheses out.
  std::unordered_map<const Node*, SourcePosition> parenthesisStarts_;
  SourcePosition errorStart(const Node* node) const;  // labels directly in front of the statement being parsed

  friend class DepthGuard;
  friend class ChainDepth;
  friend class StrictClass;
};

}  // namespace reachable
