// A recursive-descent JSON reader of our own rather than nlohmann/json: nlohmann
// 3.11.2 keeps no source positions, its SAX interface reports only byte offsets of
// errors (a line late for truncated input), and mapping those back to the keys and
// values the loader rejects would need a second pass anyway. Scenario files are
// small, so one pass that records each value's line and column is simplest.
#include "scenario/JsonReader.h"

#include "text/Utf16.h"
#include "text/Utf8.h"

#include <charconv>
#include <limits>

namespace reachable {

namespace {

constexpr double kHuge = std::numeric_limits<double>::infinity();

// Thrown at the first syntax error to unwind the recursion in one step; it never
// leaves readJson.
struct SyntaxFailure {
  JsonSyntaxError error;
};

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) { skipByteOrderMark(); }

  JsonValue document() {
    JsonValue value = parseValue(0);
    skipWhitespace();
    if (!atEnd()) fail("expected the end of the file after the JSON value, found " + describeHere());
    return value;
  }

 private:
  // Some Windows editors start UTF-8 files with U+FEFF; RFC 8259 lets a reader ignore it.
  void skipByteOrderMark() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") offset_ = 3;
  }

  bool atEnd() const { return offset_ >= text_.size(); }
  char peek() const { return text_[offset_]; }

  // Moves past one byte; a column is a code point, so continuation bytes do not count.
  void advance() {
    const char c = text_[offset_++];
    if (c == '\n') {
      ++place_.line;
      place_.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++place_.column;
    }
  }

  [[noreturn]] void fail(std::string message) const { failAt(place_, std::move(message)); }
  [[noreturn]] void failAt(TextPlace place, std::string message) const {
    throw SyntaxFailure{{place, std::move(message)}};
  }

  // The character at the current place, quoted, for "found ..." in messages.
  std::string describeHere() const {
    if (atEnd()) return "the end of the file";
    const utf8::Decoded d = utf8::decode(text_, offset_);
    const unsigned char c = static_cast<unsigned char>(peek());
    if (c < 0x20) return "a control character (U+00" + hex(c, 2) + ")";
    return "'" + std::string(text_.substr(offset_, d.length == 0 ? 1 : d.length)) + "'";
  }

  static std::string hex(unsigned value, int digits) {
    static const char kDigits[] = "0123456789ABCDEF";
    std::string out(digits, '0');
    for (int i = digits - 1; i >= 0; --i, value >>= 4) out[i] = kDigits[value & 0xF];
    return out;
  }

  void skipWhitespace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) advance();
  }

  JsonValue startValue(JsonValue::Kind kind) const {
    JsonValue value;
    value.kind = kind;
    value.place = place_;
    return value;
  }

  JsonValue parseValue(int depth) {
    skipWhitespace();
    if (atEnd()) fail("expected a JSON value, found the end of the file");
    const std::size_t begin = offset_;
    JsonValue value = parseValueHere(depth);
    value.begin = begin;
    value.end = offset_;
    return value;
  }

  JsonValue parseValueHere(int depth) {
    switch (peek()) {
      case '{': return parseObject(depth + 1);
      case '[': return parseArray(depth + 1);
      case '"': return parseStringValue();
      case 't': return parseWord("true", JsonValue::Kind::Boolean, true);
      case 'f': return parseWord("false", JsonValue::Kind::Boolean, false);
      case 'n': return parseWord("null", JsonValue::Kind::Null, false);
      default:
        if (peek() == '-' || (peek() >= '0' && peek() <= '9')) return parseNumber();
        fail("expected a JSON value, found " + describeHere());
    }
  }

  void checkDepth(int depth) const {
    if (depth > kMaxJsonDepth) fail("JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
  }

  JsonValue parseObject(int depth) {
    checkDepth(depth);
    JsonValue object = startValue(JsonValue::Kind::Object);
    advance();
    skipWhitespace();
    if (!atEnd() && peek() == '}') {
      advance();
      return object;
    }
    for (;;) {
      skipWhitespace();
      if (atEnd() || peek() != '"') fail("expected a key in double quotes, found " + describeHere());
      JsonMember member;
      member.keyPlace = place_;
      member.key = parseString();
      skipWhitespace();
      if (atEnd() || peek() != ':') fail("expected ':' after the key, found " + describeHere());
      advance();
      member.value = parseValue(depth);
      object.members.push_back(std::move(member));
      skipWhitespace();
      if (!atEnd() && peek() == ',') {
        advance();
        continue;
      }
      if (!atEnd() && peek() == '}') break;
      fail("expected ',' or '}' after an object member, found " + describeHere());
    }
    advance();
    return object;
  }

  JsonValue parseArray(int depth) {
    checkDepth(depth);
    JsonValue array = startValue(JsonValue::Kind::Array);
    advance();
    skipWhitespace();
    if (!atEnd() && peek() == ']') {
      advance();
      return array;
    }
    for (;;) {
      array.items.push_back(parseValue(depth));
      skipWhitespace();
      if (!atEnd() && peek() == ',') {
        advance();
        continue;
      }
      if (!atEnd() && peek() == ']') break;
      fail("expected ',' or ']' after an array element, found " + describeHere());
    }
    advance();
    return array;
  }

  JsonValue parseWord(std::string_view word, JsonValue::Kind kind, bool boolean) {
    if (text_.substr(offset_, word.size()) != word) fail("expected a JSON value, found " + describeHere());
    JsonValue value = startValue(kind);
    value.boolean = boolean;
    for (size_t i = 0; i < word.size(); ++i) advance();
    return value;
  }

  JsonValue parseStringValue() {
    JsonValue value = startValue(JsonValue::Kind::String);
    value.text = parseString();
    return value;
  }

  std::string parseString() {
    const TextPlace start = place_;
    advance();  // the opening quote
    std::string out;
    for (;;) {
      if (atEnd()) failAt(start, "unterminated string: expected '\"' before the end of the file");
      const char c = peek();
      if (c == '"') break;
      if (static_cast<unsigned char>(c) < 0x20) fail("expected '\"' or an escape, found " + describeHere());
      if (c == '\\') {
        utf8::append(out, parseEscape());
      } else {
        out += c;
        advance();
      }
    }
    advance();
    return out;
  }

  char32_t parseEscape() {
    const TextPlace start = place_;
    advance();
    if (atEnd()) fail("expected an escape character after '\\', found the end of the file");
    const char c = peek();
    advance();
    switch (c) {
      case '"': return '"';
      case '\\': return '\\';
      case '/': return '/';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'u': return parseUnicodeEscape(start);
      default: failAt(start, std::string("invalid escape '\\") + c + "' in a string");
    }
  }

  // \uXXXX, joining a surrogate pair into one code point; a lone surrogate is an
  // error because it cannot become UTF-8.
  char32_t parseUnicodeEscape(TextPlace start) {
    const char32_t unit = parseHex4();
    if (isLowSurrogate(unit)) failAt(start, "lone surrogate in a \\u escape");
    if (!isHighSurrogate(unit)) return unit;
    if (text_.substr(offset_, 2) != "\\u") failAt(start, "lone surrogate in a \\u escape");
    advance();
    advance();
    const char32_t low = parseHex4();
    if (!isLowSurrogate(low)) failAt(start, "lone surrogate in a \\u escape");
    return combineSurrogates(unit, low);
  }

  char32_t parseHex4() {
    char32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      if (atEnd() || !isHexDigit(peek())) fail("expected 4 hexadecimal digits after '\\u', found " + describeHere());
      const char c = peek();
      value = value * 16 + static_cast<char32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
      advance();
    }
    return value;
  }

  static bool isHexDigit(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
  static bool isDigit(char c) { return c >= '0' && c <= '9'; }

  void expectDigits() {
    if (atEnd() || !isDigit(peek())) fail("expected a digit, found " + describeHere());
    while (!atEnd() && isDigit(peek())) advance();
  }

  // RFC 8259 numbers only: no leading zeros, no '+', digits on both sides of '.'.
  JsonValue parseNumber() {
    JsonValue value = startValue(JsonValue::Kind::Number);
    const size_t begin = offset_;
    if (peek() == '-') advance();
    if (!atEnd() && peek() == '0') {
      advance();
    } else {
      expectDigits();
    }
    if (!atEnd() && peek() == '.') {
      advance();
      expectDigits();
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
      advance();
      if (!atEnd() && (peek() == '+' || peek() == '-')) advance();
      expectDigits();
    }
    value.text = std::string(text_.substr(begin, offset_ - begin));
    // Out-of-range numbers become infinities; the loader's range checks refuse them.
    const auto result = std::from_chars(value.text.data(), value.text.data() + value.text.size(), value.number);
    if (result.ec == std::errc::result_out_of_range) value.number = value.text[0] == '-' ? -kHuge : kHuge;
    return value;
  }

  std::string_view text_;
  size_t offset_ = 0;
  TextPlace place_;
};

}  // namespace

std::variant<JsonValue, JsonSyntaxError> readJson(std::string_view text) {
  try {
    return Reader(text).document();
  } catch (const SyntaxFailure& failure) {
    return failure.error;
  }
}

}  // namespace reachable
