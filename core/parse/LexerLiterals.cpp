// The lexer's literals: numbers, strings, template parts, escapes and
// regular expression bodies.
#include "parse/Lexer.h"

#include "parse/NumberParsing.h"
#include "parse/UnicodeProperties.h"
#include "text/Utf16.h"
#include "text/Utf8.h"

namespace reachable {

namespace {

bool isDigitOfRadix(char32_t c, int radix) {
  if (radix == 16) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  return c >= '0' && c < static_cast<char32_t>('0' + radix);
}

int hexValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  return static_cast<int>(c - 'A' + 10);
}

bool isDecimalDigit(char32_t c) { return c >= '0' && c <= '9'; }

}  // namespace

void Lexer::scanDigits(std::string& digits, int radix, bool allowSeparators) {
  while (!atEnd()) {
    const char32_t c = peekChar();
    if (isDigitOfRadix(c, radix)) {
      digits += static_cast<char>(c);
      advanceBytes(1);
      continue;
    }
    if (c != '_' || !allowSeparators || digits.empty() || !isDigitOfRadix(digits.back(), radix)) break;
    advanceBytes(1);
    if (peekChar() == '_') {
      diagnostics_.syntaxError("Only one underscore is allowed as numeric separator", state_.pos);
    }
    if (!isDigitOfRadix(peekChar(), radix)) {
      diagnostics_.syntaxError("Numeric separators are not allowed at the end of numeric literals", state_.pos);
    }
  }
}

// A decimal literal's fraction and exponent, after its integer digits.
void Lexer::scanDecimalTail(std::string& digits, SourcePosition start) {
  if (match('.')) {
    digits += '.';
    if (peekChar() == '_') invalidToken(start);
    scanDigits(digits, 10, true);
  }
  if (peekChar() == 'e' || peekChar() == 'E') {
    advanceBytes(1);
    digits += 'e';
    if (peekChar() == '+' || peekChar() == '-') digits += static_cast<char>(advance());
    if (!isDecimalDigit(peekChar())) invalidToken(start);
    scanDigits(digits, 10, true);
  }
}

void Lexer::scanNumber(Token& token) {
  const SourcePosition start = state_.pos;
  token.kind = TokenKind::Number;
  const char32_t first = peekChar();
  const char32_t second = peekChar(1);
  std::string digits;
  int radix = 10;
  if (first == '0' &&
      (second == 'x' || second == 'X' || second == 'o' || second == 'O' || second == 'b' || second == 'B')) {
    radix = second == 'x' || second == 'X' ? 16 : second == 'o' || second == 'O' ? 8 : 2;
    advanceBytes(2);
    scanDigits(digits, radix, true);
    if (digits.empty()) invalidToken(start);
  } else if (first == '0' && isDecimalDigit(second)) {
    // Legacy forms, sloppy code's only: 010 is octal, 08 (with a digit 8 or 9) decimal.
    advanceBytes(1);
    scanDigits(digits, 10, false);
    const bool octal = digits.find_first_of("89") == std::string::npos;
    token.strictError = octal ? "Octal literals are not allowed in strict mode."
                              : "Decimals with leading zeros are not allowed in strict mode.";
    token.strictErrorPos = start;
    if (octal) {
      radix = 8;
    } else {
      scanDecimalTail(digits, start);
    }
    if (peekChar() == 'n') invalidToken(start);
  } else if (first == '0' && second == '_') {
    advanceBytes(1);
    diagnostics_.syntaxError("Numeric separator can not be used after leading 0.", state_.pos);
  } else {
    scanDigits(digits, 10, true);
    scanDecimalTail(digits, start);
  }
  // A decimal fraction or exponent cannot end in n; hex digits may well hold an e.
  if (peekChar() == 'n' && (radix != 10 || digits.find_first_of(".e") == std::string::npos)) {
    advanceBytes(1);
    token.kind = TokenKind::BigInt;
    if (radix != 10) token.value = radix == 16 ? u"0x" : radix == 8 ? u"0o" : u"0b";
    token.value.append(digits.begin(), digits.end());
  }
  const char32_t after = peekChar();
  if (!atEnd() &&
      (after == '$' || after == '_' || after == '\\' || unicode::isIdStart(after) || isDecimalDigit(after))) {
    invalidToken(start);
  }
  token.number = radix == 10 ? parseDecimal(digits) : parsePowerOfTwoRadix(digits, radix);
}

void Lexer::scanString(Token& token, char32_t quote) {
  const SourcePosition start = state_.pos;
  advanceBytes(1);
  token.kind = TokenKind::String;
  while (true) {
    if (atEnd()) invalidToken(start);
    const char32_t c = peekChar();
    if (c == quote) {
      advanceBytes(1);
      return;
    }
    if (c == '\n' || c == '\r') invalidToken(start);
    if (c == '\\') {
      SourcePosition errorPos = state_.pos;
      advanceBytes(1);
      if (scanLegacyOctalEscape(token, errorPos)) continue;
      const std::string error = scanEscape(token.value, false, errorPos);
      if (!error.empty()) diagnostics_.syntaxError(error, errorPos);
    } else {
      appendUtf16(token.value, advance());
    }
  }
}

void Lexer::scanTemplatePart(Token& token, bool afterBacktick) {
  while (true) {
    if (atEnd()) diagnostics_.syntaxError("Unexpected end of input", state_.pos);
    const char32_t c = peekChar();
    if (c == '`' || (c == '$' && peekChar(1) == '{')) {
      const bool end = c == '`';
      advanceBytes(end ? 1 : 2);
      if (afterBacktick) {
        token.kind = end ? TokenKind::NoSubstitutionTemplate : TokenKind::TemplateHead;
      } else {
        token.kind = end ? TokenKind::TemplateTail : TokenKind::TemplateMiddle;
      }
      return;
    }
    if (c == '\\') {
      SourcePosition errorPos = state_.pos;
      const size_t rawStart = state_.pos.offset;
      advanceBytes(1);
      const std::string error = scanEscape(token.value, true, errorPos);
      if (!error.empty() && !token.cookedInvalid) {
        token.cookedInvalid = true;
        token.cookedError = error;
        token.cookedErrorPos = errorPos;
      }
      // The raw text keeps the escape as written, line terminators normalised.
      for (size_t i = rawStart; i < state_.pos.offset; ++i) {
        const char byte = source_[i];
        if (byte == '\r') {
          token.raw += u'\n';
          if (i + 1 < state_.pos.offset && source_[i + 1] == '\n') ++i;
        } else if (static_cast<unsigned char>(byte) < 0x80) {
          token.raw += static_cast<char16_t>(byte);
        } else {
          const utf8::Decoded d = utf8::decode(source_, i);
          appendUtf16(token.raw, d.codePoint);
          i += d.length - 1;
        }
      }
      continue;
    }
    char32_t ch = advance();
    if (ch == '\r') {
      if (peekChar() == '\n') advance();
      ch = '\n';  // CR and CRLF read as LF in both cooked and raw text
    }
    appendUtf16(token.value, ch);
    appendUtf16(token.raw, ch);
  }
}

// A string's legacy escapes, which only sloppy code allows (ECMA-262 B.1.2): \1 to
// \377 in octal, \0 before a digit, and \8, \9 for the digit itself. The token
// keeps the first one's error for strict code; `backslash` is where that \8 or \9
// error is, an octal one is at the escape's first digit.
bool Lexer::scanLegacyOctalEscape(Token& token, SourcePosition backslash) {
  const char32_t first = peekChar();
  const bool octal = (first >= '1' && first <= '7') || (first == '0' && isDecimalDigit(peekChar(1)));
  if (!octal && first != '8' && first != '9') return false;
  if (!token.strictError) {
    token.strictError = octal ? "Octal escape sequences are not allowed in strict mode."
                              : "\\8 and \\9 are not allowed in strict mode.";
    token.strictErrorPos = octal ? state_.pos : backslash;
  }
  if (!octal) {
    appendUtf16(token.value, advance());
    return true;
  }
  // At most three digits, and at most \377.
  const int most = first <= '3' ? 3 : 2;
  char32_t value = 0;
  for (int i = 0; i < most && peekChar() >= '0' && peekChar() <= '7'; ++i) value = value * 8 + (advance() - '0');
  token.value += static_cast<char16_t>(value);
  return true;
}

bool Lexer::scanHexDigits(int count, char32_t& value) {
  value = 0;
  for (int i = 0; i < count; ++i) {
    if (!isDigitOfRadix(peekChar(), 16)) return false;
    value = value * 16 + static_cast<char32_t>(hexValue(advance()));
  }
  return true;
}

std::string Lexer::scanEscape(std::u16string& out, bool inTemplate, SourcePosition& errorPos) {
  if (atEnd()) return "Invalid or unexpected token";
  const SourcePosition escapeLetter = state_.pos;
  const char32_t c = advance();
  switch (c) {
    case 'b': out += u'\b'; return {};
    case 'f': out += u'\f'; return {};
    case 'n': out += u'\n'; return {};
    case 'r': out += u'\r'; return {};
    case 't': out += u'\t'; return {};
    case 'v': out += u'\v'; return {};
    case '\r':
      match('\n');  // a line continuation: CRLF counts as one terminator
      return {};
    case '\n':
    case 0x2028:
    case 0x2029: return {};
    case 'x': {
      char32_t value = 0;
      if (!scanHexDigits(2, value)) return "Invalid hexadecimal escape sequence";
      out += static_cast<char16_t>(value);
      return {};
    }
    case 'u': {
      char32_t value = 0;
      if (match('{')) {
        bool any = false;
        while (isDigitOfRadix(peekChar(), 16)) {
          value = value * 16 + static_cast<char32_t>(hexValue(advance()));
          any = true;
          if (value > 0x10FFFF) {
            while (isDigitOfRadix(peekChar(), 16)) advance();
            return "Undefined Unicode code-point";
          }
        }
        if (!any || !match('}')) {
          errorPos = state_.pos;
          return "Invalid Unicode escape sequence";
        }
      } else if (!scanHexDigits(4, value)) {
        errorPos = state_.pos;
        return "Invalid Unicode escape sequence";
      }
      // \uD800 alone stays a lone surrogate: JavaScript strings are UTF-16.
      if (value < 0x10000) {
        out += static_cast<char16_t>(value);
      } else {
        appendUtf16(out, value);
      }
      return {};
    }
    case '0':
      if (!isDecimalDigit(peekChar())) {
        out += u'\0';
        return {};
      }
      break;
    case '8':
    case '9':
      return inTemplate ? "\\8 and \\9 are not allowed in template strings."
                        : "\\8 and \\9 are not allowed in strict mode.";
    default:
      if (c >= '1' && c <= '7') break;
      appendUtf16(out, c);
      return {};
  }
  errorPos = escapeLetter;
  return inTemplate ? "Octal escape sequences are not allowed in template strings."
                    : "Octal escape sequences are not allowed in strict mode.";
}

Token Lexer::rescanTemplateContinuation(const Token& rightBrace) {
  state_.pos = rightBrace.range.start;
  Token token;
  token.range.start = state_.pos;
  advanceBytes(1);
  scanTemplatePart(token, false);
  token.range.end = state_.pos;
  return token;
}

Token Lexer::rescanRegExp(const Token& slash) {
  state_.pos = slash.range.start;
  Token token;
  token.newlineBefore = slash.newlineBefore;
  token.range.start = state_.pos;
  scanRegExpBody(token);
  token.range.end = state_.pos;
  return token;
}

void Lexer::scanRegExpBody(Token& token) {
  const SourcePosition start = state_.pos;
  advanceBytes(1);
  bool inClass = false;
  std::u16string body;
  while (true) {
    const char32_t c = atEnd() ? '\n' : peekChar();
    if (utf8::isLineTerminator(c)) {
      diagnostics_.syntaxError("Invalid regular expression: missing /", start);
    }
    advance();
    if (c == '/' && !inClass) break;
    appendUtf16(body, c);
    if (c == '\\') {
      if (atEnd() || utf8::isLineTerminator(peekChar())) continue;
      appendUtf16(body, advance());
    } else if (c == '[') {
      inClass = true;
    } else if (c == ']') {
      inClass = false;
    }
  }
  std::string flags;
  while (!atEnd() && (peekChar() == '\\' || unicode::isIdContinue(peekChar()) || peekChar() == '$')) {
    const char32_t flag = advance();
    const bool known =
        flag < 0x80 && std::string_view("dgimsuyv").find(static_cast<char>(flag)) != std::string_view::npos;
    if (!known || flags.find(static_cast<char>(flag)) != std::string::npos) {
      diagnostics_.syntaxError("Invalid regular expression flags", start);
    }
    flags += static_cast<char>(flag);
  }
  token.kind = TokenKind::RegExp;
  token.value = std::move(body);
  token.raw = fromUtf8(flags);
}

}  // namespace reachable
