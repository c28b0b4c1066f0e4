#include "parse/Lexer.h"

#include "parse/UnicodeProperties.h"
#include "text/Utf16.h"
#include "text/Utf8.h"

#include <algorithm>
#include <array>
#include <vector>

namespace reachable {

namespace {

bool isAsciiIdentifierPart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

bool isIdentifierStart(char32_t c) { return c == '$' || c == '_' || unicode::isIdStart(c); }

bool isIdentifierPart(char32_t c) { return c == '$' || unicode::isIdContinue(c); }

}  // namespace

Lexer::Lexer(std::string_view source, NameTable& names, Diagnostics& diagnostics, bool allowHtmlComments)
    : source_(source), names_(names), diagnostics_(diagnostics), allowHtmlComments_(allowHtmlComments) {
  // A byte-order mark says how the file is encoded; it is not in the first line's
  // columns, as V8 counts them.
  if (source_.starts_with("\xEF\xBB\xBF")) state_.pos.offset = 3;
}

char32_t Lexer::peekChar(uint32_t ahead) const {
  size_t offset = state_.pos.offset;
  char32_t c = 0;
  for (uint32_t i = 0; i <= ahead; ++i) {
    if (offset >= source_.size()) return 0;
    const utf8::Decoded d = utf8::decode(source_, offset);
    // A malformed byte reads as U+FFFD, which no token accepts.
    c = d.length ? d.codePoint : 0xFFFD;
    offset += d.length ? d.length : 1;
  }
  return c;
}

char32_t Lexer::advance() {
  SourcePosition& pos = state_.pos;
  const utf8::Decoded d = utf8::decode(source_, pos.offset);
  if (d.length == 0) invalidToken(pos);  // malformed UTF-8 is never part of a token
  const char32_t c = d.codePoint;
  pos.offset += d.length;
  const bool crBeforeLf = c == '\r' && pos.offset < source_.size() && source_[pos.offset] == '\n';
  if (utf8::isLineTerminator(c) && !crBeforeLf) {
    ++pos.line;
    pos.column = 1;
  } else if (!crBeforeLf) {
    ++pos.column;
  }
  return c;
}

void Lexer::advanceBytes(uint32_t count) {
  state_.pos.offset += count;
  state_.pos.column += count;
}

bool Lexer::match(char c) {
  if (atEnd() || source_[state_.pos.offset] != c) return false;
  advanceBytes(1);
  return true;
}

void Lexer::invalidToken(SourcePosition at) { diagnostics_.syntaxError("Invalid or unexpected token", at); }

Token Lexer::next() {
  Token token;
  token.newlineBefore = skipTrivia();
  state_.lineStart = false;
  token.range.start = state_.pos;
  if (atEnd()) {
    token.kind = TokenKind::EndOfInput;
  } else {
    const char32_t c = peekChar();
    if (c == '"' || c == '\'') {
      scanString(token, c);
    } else if (c == '`') {
      advanceBytes(1);
      scanTemplatePart(token, true);
    } else if ((c >= '0' && c <= '9') || (c == '.' && peekChar(1) >= '0' && peekChar(1) <= '9')) {
      scanNumber(token);
    } else if (c == '#') {
      scanPrivateName(token);
    } else if (isIdentifierStart(c) || c == '\\') {
      scanIdentifier(token);
    } else {
      scanPunctuator(token);
    }
  }
  token.range.end = state_.pos;
  return token;
}

bool Lexer::skipTrivia() {
  if (state_.pos.offset == 0 && source_.starts_with("#!")) skipLineComment();  // a hashbang line
  bool newline = false;
  while (!atEnd()) {
    const char32_t c = peekChar();
    if (utf8::isLineTerminator(c)) {
      advance();
      newline = true;
      state_.lineStart = true;
    } else if (unicode::isWhiteSpace(c)) {
      advance();
    } else if (c == '/' && peekChar(1) == '/') {
      skipLineComment();
    } else if (c == '/' && peekChar(1) == '*') {
      if (skipBlockComment()) {
        newline = true;
        state_.lineStart = true;
      }
    } else if (atHtmlComment()) {
      if (!allowHtmlComments_) {
        // V8 points at the last character of the comment opener.
        SourcePosition at = state_.pos;
        at.column += c == '<' ? 3 : 2;
        diagnostics_.syntaxError("HTML comments are not allowed in modules", at);
      }
      skipLineComment();
    } else {
      break;
    }
  }
  return newline;
}

bool Lexer::atHtmlComment() const {
  const std::string_view rest = source_.substr(state_.pos.offset);
  return rest.starts_with("<!--") || (state_.lineStart && rest.starts_with("-->"));
}

void Lexer::skipLineComment() {
  while (!atEnd() && !utf8::isLineTerminator(peekChar())) advance();
}

bool Lexer::skipBlockComment() {
  const SourcePosition start = state_.pos;
  advanceBytes(2);
  bool newline = false;
  while (!atEnd()) {
    if (source_[state_.pos.offset] == '*' && peekChar(1) == '/') {
      advanceBytes(2);
      return newline;
    }
    newline = utf8::isLineTerminator(advance()) || newline;
  }
  invalidToken(start);
}

namespace {

// Punctuators grouped by their first character, longest first, so a lookup
// tries only the few that can match (maximal munch).
const std::array<std::vector<TokenKind>, 128>& punctuatorsByFirstCharacter() {
  static const auto table = [] {
    std::array<std::vector<TokenKind>, 128> byFirst;
    for (auto kind = static_cast<int>(TokenKind::LeftBrace); kind <= static_cast<int>(TokenKind::Arrow); ++kind) {
      const auto token = static_cast<TokenKind>(kind);
      byFirst[static_cast<unsigned char>(tokenText(token)[0])].push_back(token);
    }
    for (auto& candidates : byFirst) {
      std::stable_sort(candidates.begin(), candidates.end(),
                       [](TokenKind a, TokenKind b) { return tokenText(a).size() > tokenText(b).size(); });
    }
    return byFirst;
  }();
  return table;
}

}  // namespace

void Lexer::scanPunctuator(Token& token) {
  const std::string_view rest = source_.substr(state_.pos.offset);
  const auto first = static_cast<unsigned char>(rest[0]);
  if (first < 128) {
    for (TokenKind kind : punctuatorsByFirstCharacter()[first]) {
      const std::string_view text = tokenText(kind);
      if (!rest.starts_with(text)) continue;
      // "?." followed by a digit is "?" then a number: a ? .5 : b
      if (kind == TokenKind::QuestionDot && rest.size() > 2 && rest[2] >= '0' && rest[2] <= '9') continue;
      token.kind = kind;
      advanceBytes(static_cast<uint32_t>(text.size()));
      return;
    }
  }
  invalidToken(state_.pos);
}

void Lexer::scanIdentifier(Token& token) {
  const size_t start = state_.pos.offset;
  while (!atEnd() && isAsciiIdentifierPart(source_[state_.pos.offset])) advanceBytes(1);
  const bool simple =
      atEnd() || (static_cast<unsigned char>(source_[state_.pos.offset]) < 0x80 && source_[state_.pos.offset] != '\\');
  if (simple && state_.pos.offset > start) {
    token.name = source_.substr(start, state_.pos.offset - start);
  } else {
    std::string name(source_.substr(start, state_.pos.offset - start));
    while (!atEnd()) {
      const char32_t c = peekChar();
      char32_t part = c;
      if (c == '\\') {
        token.escaped = true;
        part = scanIdentifierEscape();
      } else if (!isIdentifierPart(c)) {
        break;
      } else {
        advance();
      }
      const bool valid = name.empty() ? isIdentifierStart(part) : isIdentifierPart(part);
      if (!valid) invalidToken(token.range.start);
      utf8::append(name, part);
    }
    token.name = names_.intern(name);
  }
  const TokenKind keyword = keywordKind(token.name);
  token.kind = token.escaped ? TokenKind::Identifier : keyword;
  if (token.kind == TokenKind::Identifier) token.name = names_.intern(token.name);
}

char32_t Lexer::scanIdentifierEscape() {
  const SourcePosition start = state_.pos;
  advanceBytes(1);
  std::u16string decoded;
  SourcePosition errorPos = start;
  if (peekChar() != 'u' || !scanEscape(decoded, false, errorPos).empty()) invalidToken(start);
  const char32_t first = decoded[0];
  if (decoded.size() == 2) return combineSurrogates(first, decoded[1]);
  return first;
}

void Lexer::scanPrivateName(Token& token) {
  const SourcePosition hash = state_.pos;
  advanceBytes(1);
  const char32_t c = peekChar();
  if (atEnd() || !(isIdentifierStart(c) || c == '\\')) invalidToken(hash);
  Token name;
  name.range.start = state_.pos;
  scanIdentifier(name);
  token.kind = TokenKind::PrivateName;
  token.name = names_.intern("#" + std::string(name.name));
}

}  // namespace reachable
