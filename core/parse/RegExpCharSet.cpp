#include "parse/RegExpCharSet.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>

#include "text/CaseMapping.h"

namespace reachable {

namespace {

constexpr char32_t kMaxCodeUnit = 0xFFFF;
constexpr char32_t kMaxCodePoint = 0x10FFFF;

// ECMA-262's Canonicalize for a pattern without the u flag.
char32_t canonicalizeUpper(char32_t c) {
  const std::u16string upper = toUpperCase(std::u16string(1, static_cast<char16_t>(c)));
  if (upper.size() != 1) return c;
  const char32_t mapped = upper[0];
  return (c >= 128 && mapped < 128) ? c : mapped;
}


// The characters that share their canonical form with some other character, each
// with the whole group it belongs to. Built once per mode from ICU's tables.
struct CaseGroups {
  std::vector<char32_t> members;                    // sorted
  std::map<char32_t, std::vector<char32_t>> group;  // member -> its group
  std::map<char32_t, char32_t> canonical;           // member -> its canonical form
  RegExpCharSet changed;                            // the members that are not canonical

  explicit CaseGroups(bool unicode) {
    // Only characters that change under Canonicalize are gathered, beside the
    // character they become (which canonicalizes to itself).
    std::map<char32_t, std::vector<char32_t>> byCanonical;
    const char32_t last = unicode ? kMaxCodePoint : kMaxCodeUnit;
    for (char32_t c = 0; c <= last; ++c) {
      const char32_t target = regExpCanonicalize(c, unicode);
      if (target == c) continue;
      byCanonical[target].push_back(c);
      canonical[c] = target;
      changed.add(c);
    }
    for (auto& [target, chars] : byCanonical) {
      if (regExpCanonicalize(target, unicode) == target) chars.push_back(target);
    }
    for (auto& [target, chars] : byCanonical) {
      if (chars.size() < 2) continue;
      for (char32_t c : chars) {
        members.push_back(c);
        group[c] = chars;
      }
    }
    std::sort(members.begin(), members.end());
  }
};

const CaseGroups& caseGroups(bool unicode) {
  static const CaseGroups plain(false);
  static const CaseGroups full(true);
  return unicode ? full : plain;
}

}  // namespace

void RegExpCharSet::add(char32_t first, char32_t last) {
  if (first > last) return;
  auto it = std::lower_bound(ranges_.begin(), ranges_.end(), first,
                             [](const Range& r, char32_t c) { return r.last + 1 < c; });
  auto end = it;
  while (end != ranges_.end() && end->first <= last + 1) {
    first = std::min(first, end->first);
    last = std::max(last, end->last);
    ++end;
  }
  it = ranges_.erase(it, end);
  ranges_.insert(it, Range{first, last});
}

void RegExpCharSet::add(const RegExpCharSet& other) {
  for (const Range& r : other.ranges_) add(r.first, r.last);
}

bool RegExpCharSet::contains(char32_t c) const {
  auto it = std::lower_bound(ranges_.begin(), ranges_.end(), c, [](const Range& r, char32_t x) { return r.last < x; });
  return it != ranges_.end() && it->first <= c;
}

RegExpCharSet RegExpCharSet::complement(char32_t maxChar) const {
  RegExpCharSet result;
  char32_t next = 0;
  for (const Range& r : ranges_) {
    if (r.first > next) result.ranges_.push_back(Range{next, r.first - 1});
    next = r.last + 1;
  }
  if (next <= maxChar) result.ranges_.push_back(Range{next, maxChar});
  return result;
}

RegExpCharSet RegExpCharSet::intersection(const RegExpCharSet& other) const {
  RegExpCharSet result;
  auto a = ranges_.begin();
  auto b = other.ranges_.begin();
  while (a != ranges_.end() && b != other.ranges_.end()) {
    const char32_t first = std::max(a->first, b->first);
    const char32_t last = std::min(a->last, b->last);
    if (first <= last) result.ranges_.push_back(Range{first, last});
    if (a->last < b->last) {
      ++a;
    } else {
      ++b;
    }
  }
  return result;
}

RegExpCharSet RegExpCharSet::difference(const RegExpCharSet& other) const {
  return intersection(other.complement(kMaxCodePoint));
}

RegExpCharSet RegExpCharSet::simpleCaseFolded() const {
  const CaseGroups& groups = caseGroups(true);
  RegExpCharSet result = difference(groups.changed);
  for (const Range& r : intersection(groups.changed).ranges_) {
    for (char32_t c = r.first; c <= r.last; ++c) result.add(groups.canonical.at(c));
  }
  return result;
}

const RegExpCharSet& RegExpCharSet::foldedCharacters() {
  static const RegExpCharSet folded = RegExpCharSet().complement(kMaxCodePoint).difference(caseGroups(true).changed);
  return folded;
}

RegExpCharSet RegExpCharSet::caseClosure(bool unicode) const {
  const CaseGroups& groups = caseGroups(unicode);
  RegExpCharSet result = *this;
  for (const Range& r : ranges_) {
    auto it = std::lower_bound(groups.members.begin(), groups.members.end(), r.first);
    for (; it != groups.members.end() && *it <= r.last; ++it) {
      for (char32_t c : groups.group.at(*it)) result.add(c);
    }
  }
  return result;
}

char32_t regExpCanonicalize(char32_t c, bool unicode) {
  if (unicode) return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
  return canonicalizeUpper(c);
}

}  // namespace reachable
