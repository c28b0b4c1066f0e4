#pragma once

#include <string>

#include "parse/RegExpCharSet.h"

namespace reachable {

// PCRE2 spellings of sets of characters. Patterns are matched by PCRE2's 16-bit
// library outside its UTF mode, where each code unit is one character: that is what
// lets a subject hold lone surrogates (UTF mode cannot), and it means the u and v
// flags' code points have to be written out as UTF-16 by the pattern itself.

// \x{…}, the spelling of every character that is not an ASCII letter or digit.
void appendHexCharacter(std::u16string& out, char32_t c);

// A set of code units (nothing above U+FFFF): one class, or a literal for a single
// character, "(?!)" when empty.
std::u16string codeUnitSetText(const RegExpCharSet& set);

// A set of code points in UTF-16, as a code point is read under the u flag: a
// surrogate pair is one character, and a surrogate not paired is one too.
struct CodePointSetSpelling {
  // One atom (a quantifier after it repeats the whole): "(?!)" when empty.
  std::u16string text;
  // The same alternatives by length: those one code unit long, those two long, each
  // one atom or empty when there are none. At any position at most one of all of
  // them can match, since a code point ends there in one way only.
  std::u16string oneUnit;
  std::u16string twoUnits;
};
CodePointSetSpelling codePointSetSpelling(const RegExpCharSet& set);

}  // namespace reachable
