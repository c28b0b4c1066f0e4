#include "timeline/FunctionExcerpt.h"

#include <cctype>

namespace reachable {

namespace {

// Longest text shown whole, and longest head before it is cut, in bytes.
constexpr std::size_t kWhole = 22;
constexpr std::size_t kLongestHead = 28;

std::string collapseSpaces(std::string_view source) {
  std::string out;
  bool space = false;
  for (char c : source) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Where the body begins: the `=>` of an arrow or the `{` of any other function, the
// first one outside the parameters' brackets.
std::size_t bodyStart(std::string_view text) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (depth == 0 && (text.substr(i, 2) == "=>" || c == '{')) return i;
    if (c == '(' || c == '[' || c == '{') ++depth;
    if ((c == ')' || c == ']' || c == '}') && depth > 0) --depth;
  }
  return std::string_view::npos;
}

// Cuts at a character boundary, so that no UTF-8 sequence is split.
std::string cut(std::string text, std::size_t length) {
  if (text.size() <= length) return text;
  while (length > 0 && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) --length;
  return text.substr(0, length) + "…";
}

}  // namespace

std::string functionExcerpt(std::string_view source) {
  std::string text = collapseSpaces(source);
  if (text.size() <= kWhole) return text;
  const std::size_t body = bodyStart(text);
  if (body == std::string_view::npos) return cut(std::move(text), kWhole);
  const bool arrow = text.compare(body, 2, "=>") == 0;
  std::string head = text.substr(0, arrow ? body + 2 : body);
  while (!head.empty() && head.back() == ' ') head.pop_back();
  // A head cut short ends in "…" already.
  if (head.size() > kLongestHead) return cut(std::move(head), kLongestHead);
  return head + " …";
}

}  // namespace reachable
