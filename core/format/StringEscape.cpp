#include "format/StringEscape.h"

#include "text/Utf16.h"

namespace reachable {
namespace {

constexpr char16_t kNoQuoteToEscape = 0;

std::u16string hexEscape(const char* prefix, unsigned value, int width, const char* digits) {
  std::u16string text(prefix, prefix + std::char_traits<char>::length(prefix));
  for (int shift = 4 * (width - 1); shift >= 0; shift -= 4) text += digits[(value >> shift) & 0xF];
  return text;
}

// Node's `meta` table: the escape for a control character, the backslash or the
// single quote; C0 and C1 controls without a short form are "\xHH" in uppercase.
std::u16string metaEscape(char16_t unit) {
  switch (unit) {
    case u'\b': return u"\\b";
    case u'\t': return u"\\t";
    case u'\n': return u"\\n";
    case u'\f': return u"\\f";
    case u'\r': return u"\\r";
    case u'\'': return u"\\'";
    case u'\\': return u"\\\\";
    default: return hexEscape("\\x", unit, 2, "0123456789ABCDEF");
  }
}

bool needsMetaEscape(char16_t unit, char16_t quote) {
  return unit == quote || unit == u'\\' || unit < 0x20 || (unit >= 0x7F && unit <= 0x9F);
}

// The walk shared by strEscape and QuoteJSONString: surrogate pairs are kept, a lone
// surrogate becomes a backslash-u escape in lowercase hex, and every other code unit
// is replaced by `escapeOf(unit)` unless that is empty.
template <typename EscapeOf>
std::u16string escapeCodeUnits(std::u16string_view text, EscapeOf escapeOf) {
  std::u16string result;
  for (size_t i = 0; i < text.size(); ++i) {
    const char16_t unit = text[i];
    if (isHighSurrogate(unit) && i + 1 < text.size() && isLowSurrogate(text[i + 1])) {
      result += unit;
      result += text[++i];
    } else if (isHighSurrogate(unit) || isLowSurrogate(unit)) {
      result += hexEscape("\\u", unit, 4, "0123456789abcdef");
    } else if (const std::u16string escape = escapeOf(unit); !escape.empty()) {
      result += escape;
    } else {
      result += unit;
    }
  }
  return result;
}

// The loop of Node's strEscape: `quote` is escaped only when it is the single quote.
std::u16string escapeForInspect(std::u16string_view text, char16_t quote) {
  return escapeCodeUnits(
      text, [quote](char16_t unit) { return needsMetaEscape(unit, quote) ? metaEscape(unit) : std::u16string(); });
}

bool contains(std::u16string_view text, std::u16string_view part) {
  return text.find(part) != std::u16string_view::npos;
}

// strEscape's choice of quotes.
char16_t chooseQuote(std::u16string_view text) {
  if (!contains(text, u"'")) return u'\'';
  if (!contains(text, u"\"")) return u'"';
  if (!contains(text, u"`") && !contains(text, u"${")) return u'`';
  return u'\'';
}

bool isIdentifierLikeKey(std::u16string_view key) {
  auto isAsciiLetter = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
  auto isDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
  if (key.empty() || !(isAsciiLetter(key[0]) || key[0] == u'_')) return false;
  for (char16_t c : key) {
    if (!(isAsciiLetter(c) || isDigit(c) || c == u'_')) return false;
  }
  return true;
}

// QuoteJSONString's escape for one code unit, or nothing when it is written as is.
std::u16string jsonEscape(char16_t unit) {
  switch (unit) {
    case u'\b': return u"\\b";
    case u'\t': return u"\\t";
    case u'\n': return u"\\n";
    case u'\f': return u"\\f";
    case u'\r': return u"\\r";
    case u'"': return u"\\\"";
    case u'\\': return u"\\\\";
    default: return unit < 0x20 ? hexEscape("\\u", unit, 4, "0123456789abcdef") : u"";
  }
}

}  // namespace

std::string inspectQuotedString(std::u16string_view text) {
  const char16_t quote = chooseQuote(text);
  const char16_t escaped = quote == u'\'' ? quote : kNoQuoteToEscape;
  return toUtf8(quote + escapeForInspect(text, escaped) + quote);
}

std::string inspectPropertyKey(std::u16string_view key) {
  if (key == u"__proto__") return "['__proto__']";
  if (isIdentifierLikeKey(key)) return toUtf8(key);
  return inspectQuotedString(key);
}

std::string inspectBracketedKey(std::u16string_view keyText) {
  return toUtf8(u'[' + escapeForInspect(keyText, u'\'') + u']');
}

std::string quoteJsonString(std::u16string_view text) {
  return toUtf8(u'"' + escapeCodeUnits(text, jsonEscape) + u'"');
}

}  // namespace reachable
