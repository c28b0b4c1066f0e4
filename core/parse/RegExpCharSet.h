#pragma once

#include <cstdint>
#include <vector>

namespace reachable {

// A set of characters as sorted, disjoint, non-adjacent ranges: what a regular
// expression's class, escape or literal stands for once its JavaScript meaning is
// worked out, so that the translation never leans on PCRE2's own idea of a class.
class RegExpCharSet {
 public:
  struct Range {
    char32_t first;
    char32_t last;
  };

  void add(char32_t first, char32_t last);
  void add(char32_t c) { add(c, c); }
  void add(const RegExpCharSet& other);
  RegExpCharSet intersection(const RegExpCharSet& other) const;
  RegExpCharSet difference(const RegExpCharSet& other) const;
  bool contains(char32_t c) const;
  bool empty() const { return ranges_.empty(); }
  // Everything up to `maxChar` that is not in the set.
  RegExpCharSet complement(char32_t maxChar) const;
  // The set closed under JavaScript's case-insensitive equivalence (Canonicalize of
  // ECMA-262 §22.2.2.7.3): simple case folding with the u flag, else toUpperCase
  // kept to single code units that do not map non-ASCII onto ASCII.
  RegExpCharSet caseClosure(bool unicode) const;
  // Each character replaced by its simple case folding (the v flag's
  // MaybeSimpleCaseFolding), and the characters that fold to nothing else
  // (AllCharacters of a case-insensitive v pattern), up to U+10FFFF.
  RegExpCharSet simpleCaseFolded() const;
  static const RegExpCharSet& foldedCharacters();
  const std::vector<Range>& ranges() const { return ranges_; }

 private:
  std::vector<Range> ranges_;
};

// ECMA-262's Canonicalize (§22.2.2.7.3): what case-insensitive matching compares.
char32_t regExpCanonicalize(char32_t c, bool unicode);

}  // namespace reachable
