#include "parse/RegExpSetSpelling.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace reachable {

namespace {

constexpr char32_t kHighFirst = 0xD800, kHighLast = 0xDBFF, kLowFirst = 0xDC00, kLowLast = 0xDFFF;
constexpr char32_t kMaxCodeUnit = 0xFFFF, kFirstAstral = 0x10000, kMaxCodePoint = 0x10FFFF;

RegExpCharSet between(char32_t first, char32_t last) {
  RegExpCharSet set;
  set.add(first, last);
  return set;
}

std::u16string literalText(char32_t c) {
  const bool asciiAlphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (asciiAlphanumeric) return std::u16string(1, static_cast<char16_t>(c));
  std::u16string out;
  appendHexCharacter(out, c);
  return out;
}

std::u16string group(const std::vector<std::u16string>& alternatives) {
  std::u16string out = u"(?:";
  for (std::size_t i = 0; i < alternatives.size(); ++i) out += (i ? u"|" : u"") + alternatives[i];
  return out + u")";
}

// The alternative itself when there is one, "(?:a|b)" for several, empty for none.
std::u16string oneAtom(const std::vector<std::u16string>& alternatives) {
  if (alternatives.empty()) return u"";
  return alternatives.size() == 1 ? alternatives[0] : group(alternatives);
}

using RangeList = std::vector<std::pair<char32_t, char32_t>>;

RangeList rangeList(const RegExpCharSet& set) {
  RangeList list;
  for (const auto& range : set.ranges()) list.emplace_back(range.first, range.last);
  return list;
}

// The astral code points of a set as surrogate pairs, "[highs][lows]": the high
// surrogates that go with the same low ones share an alternative, so that a whole
// plane is a single "[\x{d800}-\x{dbff}][\x{dc00}-\x{dfff}]".
std::vector<std::u16string> surrogatePairTexts(const RegExpCharSet& astral) {
  std::map<char32_t, RegExpCharSet> lowsByHigh;
  for (const auto& range : astral.ranges()) {
    for (char32_t c = range.first; c <= range.last;) {
      const char32_t last = std::min<char32_t>(range.last, c | 0x3FF);  // the last one with c's high surrogate
      const char32_t high = kHighFirst + ((c - kFirstAstral) >> 10);
      lowsByHigh[high].add(kLowFirst + (c & 0x3FF), kLowFirst + (last & 0x3FF));
      c = last + 1;
    }
  }
  std::map<RangeList, RegExpCharSet> highsByLows;
  for (const auto& [high, lows] : lowsByHigh) highsByLows[rangeList(lows)].add(high);
  std::vector<std::pair<char32_t, std::u16string>> texts;
  for (const auto& [lows, highs] : highsByLows) {
    RegExpCharSet lowSet;
    for (const auto& [first, last] : lows) lowSet.add(first, last);
    texts.emplace_back(highs.ranges()[0].first, codeUnitSetText(highs) + codeUnitSetText(lowSet));
  }
  std::sort(texts.begin(), texts.end());
  std::vector<std::u16string> result;
  for (auto& text : texts) result.push_back(std::move(text.second));
  return result;
}

}  // namespace

void appendHexCharacter(std::u16string& out, char32_t c) {
  static constexpr char16_t kDigits[] = u"0123456789abcdef";
  std::u16string digits;
  do {
    digits.insert(digits.begin(), kDigits[c & 0xF]);
    c >>= 4;
  } while (c != 0);
  out += u"\\x{";
  out += digits;
  out += u'}';
}

std::u16string codeUnitSetText(const RegExpCharSet& set) {
  if (set.empty()) return u"(?!)";
  const auto& ranges = set.ranges();
  if (ranges.size() == 1 && ranges[0].first == ranges[0].last) return literalText(ranges[0].first);
  std::u16string out = u"[";
  for (const auto& range : ranges) {
    appendHexCharacter(out, range.first);
    if (range.last != range.first) {
      out += u'-';
      appendHexCharacter(out, range.last);
    }
  }
  return out + u"]";
}

CodePointSetSpelling codePointSetSpelling(const RegExpCharSet& set) {
  const RegExpCharSet highs = set.intersection(between(kHighFirst, kHighLast));
  const RegExpCharSet lows = set.intersection(between(kLowFirst, kLowLast));
  const RegExpCharSet others = set.intersection(between(0, kMaxCodeUnit)).difference(between(kHighFirst, kLowLast));
  const std::u16string highClass = codeUnitSetText(between(kHighFirst, kHighLast));
  const std::u16string lowClass = codeUnitSetText(between(kLowFirst, kLowLast));
  std::vector<std::u16string> oneUnit;
  if (!others.empty()) oneUnit.push_back(codeUnitSetText(others));
  // A surrogate of the set is a character only where it is not half of a pair.
  if (!highs.empty()) oneUnit.push_back(codeUnitSetText(highs) + u"(?!" + lowClass + u")");
  if (!lows.empty()) oneUnit.push_back(u"(?<!" + highClass + u")" + codeUnitSetText(lows));
  const std::vector<std::u16string> twoUnits =
      surrogatePairTexts(set.intersection(between(kFirstAstral, kMaxCodePoint)));
  CodePointSetSpelling spelling{u"", oneAtom(oneUnit), oneAtom(twoUnits)};
  std::vector<std::u16string> all = oneUnit;
  all.insert(all.end(), twoUnits.begin(), twoUnits.end());
  if (all.empty()) {
    spelling.text = u"(?!)";
  } else {
    // Only a class or a literal is one atom as it stands.
    spelling.text = (all.size() == 1 && !others.empty()) ? all[0] : group(all);
  }
  return spelling;
}

}  // namespace reachable
