#include "parse/UnicodeTables.h"

#include <algorithm>
#include <iterator>

namespace reachable::unicode {

namespace {

struct CodePointRange {
  char32_t first;
  char32_t last;
};

// Generated at build time from Python's unicodedata (see gen_unicode_tables.py):
// exact tables without committing generated code or hand-copying the UCD.
#include "UnicodeIdTables.inc"

template <size_t N>
bool inRanges(const CodePointRange (&ranges)[N], char32_t c) {
  const auto* it = std::upper_bound(std::begin(ranges), std::end(ranges), c,
                                    [](char32_t value, const CodePointRange& r) { return value < r.first; });
  return it != std::begin(ranges) && c <= std::prev(it)->last;
}

}  // namespace

bool isIdStart(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return inRanges(kIdStartRanges, c);
}

bool isIdContinue(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  return c == 0x200C || c == 0x200D || inRanges(kIdContinueRanges, c);
}

bool isWhiteSpace(char32_t c) {
  switch (c) {
    case '\t':
    case '\v':
    case '\f':
    case ' ':
    case 0xA0:
    case 0xFEFF:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000: return true;
    default: return c >= 0x2000 && c <= 0x200A;
  }
}

}  // namespace reachable::unicode
