#include "parse/Parser.h"

#include <sys/resource.h>

#include <algorithm>

#include "parse/ParserImpl.h"
#include "text/Utf8.h"

namespace reachable {

namespace {

// After this many errors the rest of the file is not worth reading.
constexpr size_t kMaxErrors = 20;

}  // namespace

Parser::Parser(std::string_view source, ParseGoal goal, Arena& arena, NameTable& names, Diagnostics& diagnostics,
               const EvalContext& eval)
    : lexer_(source, names, diagnostics, goal != ParseGoal::Module),
      goal_(goal),
      eval_(eval),
      arena_(arena),
      names_(names),
      diagnostics_(diagnostics),
      stackBase_(reinterpret_cast<uintptr_t>(__builtin_frame_address(0))) {}

// ---- Tokens ------------------------------------------------------------------

const Token& Parser::peek() {
  if (!peeked_) peeked_ = lexer_.next();
  return *peeked_;
}

Token Parser::peekSecond() {
  peek();
  const Lexer::State afterPeeked = lexer_.save();
  Token second = lexer_.next();
  lexer_.restore(afterPeeked);
  return second;
}

void Parser::advance() {
  // A legacy octal form is an error only once the code around it is known to be
  // strict: a "use strict" directive comes after the token that follows it is read.
  if (current_.strictError && strict()) syntaxError(current_.strictError, current_.strictErrorPos);
  previousEnd_ = current_.range.end;
  previousStart_ = current_.range.start;
  previousKind_ = current_.kind;
  if (peeked_) {
    current_ = std::move(*peeked_);
    peeked_.reset();
  } else {
    current_ = lexer_.next();
  }
}

bool Parser::atContextual(std::string_view word) const {
  return current_.kind == TokenKind::Identifier && !current_.escaped && current_.name == word;
}

bool Parser::eat(TokenKind kind) {
  if (!at(kind)) return false;
  advance();
  return true;
}

void Parser::expect(TokenKind kind) {
  if (!at(kind)) unexpected();
  advance();
}

void Parser::consumeSemicolon() {
  if (eat(TokenKind::Semicolon)) return;
  // Automatic semicolon insertion: before '}', at the end, or after a newline.
  if (at(TokenKind::RightBrace) || at(TokenKind::EndOfInput) || current_.newlineBefore) return;
  unexpected();
}

std::string Parser::unexpectedMessage(const Token& token) const {
  switch (token.kind) {
    case TokenKind::EndOfInput: return "Unexpected end of input";
    case TokenKind::Number:
    case TokenKind::BigInt: return "Unexpected number";
    case TokenKind::String: return "Unexpected string";
    case TokenKind::NoSubstitutionTemplate:
    case TokenKind::TemplateHead: return "Unexpected template string";
    case TokenKind::PrivateName: return "Unexpected identifier '" + std::string(token.name) + "'";
    case TokenKind::Enum: return "Unexpected reserved word";
    case TokenKind::Identifier:
      if (isReservedWordHere(token)) {
        if (token.escaped) return "Keyword must not contain escaped characters";
        return token.name == "await" ? "Unexpected reserved word" : "Unexpected strict mode reserved word";
      }
      return "Unexpected identifier '" + std::string(token.name) + "'";
    default: return "Unexpected token '" + std::string(tokenText(token.kind)) + "'";
  }
}

void Parser::unexpected(const Token& token) { syntaxError(unexpectedMessage(token), token.range.start); }

void Parser::syntaxError(std::string message, SourcePosition pos) { diagnostics_.syntaxError(std::move(message), pos); }

void Parser::unsupported(std::string message, SourcePosition pos) { diagnostics_.unsupported(std::move(message), pos); }

std::u16string_view Parser::copyString(const std::u16string& text) { return arena_.copy(std::u16string_view(text)); }

// ---- Nesting -----------------------------------------------------------------

namespace {

// The stack the parser may use, whatever the depth count says: half of the thread's
// stack (the stack limit, 8 MB on Debian), so that the caller keeps the other half;
// 4 MB when the limit is unknown or unlimited. A sanitizer run raises the limit, since
// its frames are several times larger (scripts/sanitizer-tests.sh).
uintptr_t stackBudget() {
  static const uintptr_t budget = [] {
    constexpr uintptr_t kDefault = 4 * 1024 * 1024;
    rlimit limit{};
    if (getrlimit(RLIMIT_STACK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return kDefault;
    return std::max<uintptr_t>(kDefault, static_cast<uintptr_t>(limit.rlim_cur / 2));
  }();
  return budget;
}

}  // namespace

// kMaxNestingDepth counts guarded recursive calls (statement list items,
// assignment expressions, unary operators, binding patterns, `new`); one
// level of `(`, `[`, `{`, `a =>` or `function(){` is one to three of them.
// 1000 allows any real program (people nest tens of levels, generated code a
// few hundred) and is deterministic, so an error does not depend on the build.
// Measured with GCC 12 on x86-64 (ulimit -s), 1000 levels of `(` take between
// 1 and 2 MB in a release build; Debug ASan frames are several times larger,
// so the stack actually used is checked too and bounded by stackBudget(): the
// count decides in every normal build, the budget only under sanitizers.
Parser::DepthGuard::DepthGuard(Parser& parser) : parser_(parser) {
  if (++parser_.depth_ > kMaxNestingDepth || parser_.stackExhausted()) {
    --parser_.depth_;
    parser_.failTooDeep();
  }
}

// kMaxTreeDepth bounds what the later walks recurse through: their frames are far
// smaller than the parser's (one function per level, not ten), so a chain may run
// ten times deeper than brackets nest. V8 refuses member, call and `**` chains
// near the same depth; it accepts longer `+` chains, which Reachable refuses with
// the same located error rather than risk the stack.
void Parser::ChainDepth::link() {
  if (++parser_.chainDepth_ + parser_.depth_ > kMaxTreeDepth || parser_.stackExhausted()) parser_.failTooDeep();
}

bool Parser::stackExhausted() const {
  const auto frame = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  return stackBase_ > frame && stackBase_ - frame > stackBudget();
}

void Parser::failTooDeep() {
  diagnostics_.fail(ErrorKind::RangeError, "Maximum call stack size exceeded", current_.range.start);
}

// ---- The program -------------------------------------------------------------

Program* Parser::parseProgram() {
  const bool isModule = goal_ == ParseGoal::Module;
  FunctionContext top;
  top.allowAwait = isModule;
  top.strict = goal_ != ParseGoal::Script || eval_.strict;
  top.allowNewTarget = eval_.inFunction;
  top.allowSuperProperty = eval_.inMethod;
  top.allowSuperCall = eval_.inDerivedConstructor;
  top.allowArguments = !eval_.inClassFieldInitializer;
  functions_.push_back(top);
  pushScope(isModule ? ScopeKind::Module : ScopeKind::Script, true);

  std::vector<Node*> body;
  const SourcePosition start{};
  bool keepGoing = true;
  DirectivePrologue prologue;
  try {
    advance();
  } catch (const ParseFailure&) {
    keepGoing = resynchronise(start, diagnostics_.errors().back().pos);
  }
  while (keepGoing && !at(TokenKind::EndOfInput)) {
    const SourcePosition statementStart = current_.range.start;
    try {
      const Token first = current_;
      body.push_back(parseStatementListItem());
      if (prologue.read(first, body.back())) enterStrictMode(prologue);
      awaitsSeen_.clear();  // no arrow's parameters span statements
    } catch (const ParseFailure&) {
      awaitsSeen_.clear();
      functions_.resize(1);
      prologue.end();
      scopes_.resize(1);
      classes_.clear();
      coverErrors_.clear();
      depth_ = 0;
      chainDepth_ = 0;
      labelChainLength_ = 0;
      keepGoing =
          diagnostics_.errors().size() < kMaxErrors && resynchronise(statementStart, diagnostics_.errors().back().pos);
    }
  }
  if (diagnostics_.errors().empty()) {
    try {
      checkExportedLocals();
    } catch (const ParseFailure&) {
    }
  }
  if (!diagnostics_.errors().empty()) return nullptr;
  auto* program = make<Program>(NodeKind::Program, start);
  program->range.end = current_.range.end;
  program->goal = goal_;
  program->strict = strict();
  program->hasTopLevelAwait = sawTopLevelAwait_;
  program->body = list(body);
  program->scope = popScope();
  return program;
}

// Skips the statement that failed, keeping brackets balanced, so that parsing
// can go on at the next statement without reporting errors that follow from
// the first. Returns false when nothing sensible remains to parse.
bool Parser::resynchronise(SourcePosition statementStart, SourcePosition errorPos) {
  const size_t errorCount = diagnostics_.errors().size();
  try {
    lexer_.restore({statementStart, false});
    peeked_.reset();
    current_ = lexer_.next();
    skipPastStatement(errorPos);
    return !at(TokenKind::EndOfInput);
  } catch (const ParseFailure&) {
    diagnostics_.errors().resize(errorCount);  // the skipped text's own errors are cascades
    return false;
  }
}

namespace {

bool startsStatement(TokenKind kind) {
  switch (kind) {
    case TokenKind::Const:
    case TokenKind::Var:
    case TokenKind::Function:
    case TokenKind::Class:
    case TokenKind::If:
    case TokenKind::For:
    case TokenKind::While:
    case TokenKind::Do:
    case TokenKind::Return:
    case TokenKind::Try:
    case TokenKind::Switch:
    case TokenKind::Throw: return true;
    default: return false;
  }
}

}  // namespace

void Parser::skipPastStatement(SourcePosition errorPos) {
  int braces = 0;                   // { and ${ still open
  int brackets = 0;                 // ( and [ still open; an unclosed one ends at a statement keyword
  std::vector<int> templateBraces;  // brace depth at each open `${`
  bool started = false;
  while (!at(TokenKind::EndOfInput)) {
    const bool pastError = current_.range.start.offset > errorPos.offset;
    const bool atLineStart = started && current_.newlineBefore && braces == 0;
    if (pastError && atLineStart && (brackets == 0 || startsStatement(current_.kind))) return;
    started = true;
    switch (current_.kind) {
      case TokenKind::LeftParen:
      case TokenKind::LeftBracket: ++brackets; break;
      case TokenKind::LeftBrace: ++braces; break;
      case TokenKind::TemplateHead: templateBraces.push_back(braces++); break;
      case TokenKind::RightParen:
      case TokenKind::RightBracket: brackets = brackets > 0 ? brackets - 1 : 0; break;
      case TokenKind::RightBrace:
        if (!templateBraces.empty() && templateBraces.back() == braces - 1) {
          current_ = lexer_.rescanTemplateContinuation(current_);
          if (current_.kind == TokenKind::TemplateTail) {
            templateBraces.pop_back();
            --braces;
          }
        } else {
          braces = braces > 0 ? braces - 1 : 0;
        }
        break;
      case TokenKind::Semicolon:
        if (braces == 0 && brackets == 0 && pastError) {
          advance();
          return;
        }
        break;
      default: break;
    }
    advance();
  }
}

namespace {

ParseResult parse(std::string_view source, ParseGoal goal, const EvalContext& eval) {
  ParseResult result;
  result.source = std::string(source);
  result.arena = std::make_unique<Arena>();
  result.names = std::make_unique<NameTable>();
  Diagnostics diagnostics;
  Parser parser(result.source, goal, *result.arena, *result.names, diagnostics, eval);
  result.program = parser.parseProgram();
  result.errors = std::move(diagnostics.errors());
  return result;
}

}  // namespace

ParseResult parseProgram(std::string_view source, ParseGoal goal) { return parse(source, goal, {}); }

ParseResult parseEvalCode(std::string_view source, const EvalContext& context) {
  return parse(source, ParseGoal::Script, context);
}

}  // namespace reachable
