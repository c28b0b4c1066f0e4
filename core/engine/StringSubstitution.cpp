#include "engine/StringSubstitution.h"

#include <algorithm>

#include "engine/Conversions.h"
#include "engine/ObjectOps.h"

namespace reachable {

namespace {

bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

// $n or $nn at `i` (the '$'): the group's text, or the reference itself when it names
// no group; `length` gets how much of the template it spans.
std::u16string groupReference(const std::u16string& replacement, std::size_t i,
                              const std::vector<std::optional<std::u16string>>& captures, std::size_t& length) {
  std::size_t digits = (i + 2 < replacement.size() && isDigit(replacement[i + 2])) ? 2 : 1;
  std::size_t index = replacement[i + 1] - u'0';
  if (digits == 2) {
    index = index * 10 + (replacement[i + 2] - u'0');
    if (index > captures.size()) {
      digits = 1;
      index = replacement[i + 1] - u'0';
    }
  }
  length = 1 + digits;
  if (index >= 1 && index <= captures.size()) return captures[index - 1].value_or(u"");
  return replacement.substr(i, length);
}

}  // namespace

std::optional<std::u16string> getSubstitution(Engine& engine, const std::u16string& matched, const std::u16string& str,
                                              std::size_t position,
                                              const std::vector<std::optional<std::u16string>>& captures,
                                              Value namedCaptures, const std::u16string& replacement) {
  std::u16string result;
  for (std::size_t i = 0; i < replacement.size(); ++i) {
    const char16_t c = replacement[i];
    if (c != u'$' || i + 1 == replacement.size()) {
      result += c;
      continue;
    }
    const char16_t next = replacement[i + 1];
    std::size_t length = 2;
    if (next == u'$') {
      result += u'$';
    } else if (next == u'&') {
      result += matched;
    } else if (next == u'`') {
      result += str.substr(0, std::min(position, str.size()));
    } else if (next == u'\'') {
      result += str.substr(std::min(position + matched.size(), str.size()));
    } else if (isDigit(next)) {
      result += groupReference(replacement, i, captures, length);
    } else if (next == u'<' && !namedCaptures.isUndefined() && replacement.find(u'>', i + 2) != std::u16string::npos) {
      const std::size_t close = replacement.find(u'>', i + 2);
      Value name = engine.newString(replacement.substr(i + 2, close - i - 2));
      auto key = ops::toPropertyKey(engine, name);
      if (!key) return std::nullopt;
      Value capture = ops::get(engine, namedCaptures, *key);
      if (capture.isException()) return std::nullopt;
      if (!capture.isUndefined()) {
        Value text = toString(engine, capture);
        if (text.isException()) return std::nullopt;
        result += engine.heap().text(text);
      }
      length = close - i + 1;
    } else {
      result += c;
      continue;
    }
    i += length - 1;
  }
  return result;
}

}  // namespace reachable
