#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reachable {

// A piece of a translated pattern written as alternatives of one length each, in code
// units: what a lookbehind is made of. PCRE2 10.42 needs each top-level alternative
// of a lookbehind to have one length, and under the u flag a character is one or two
// code units, so `(?<=.)` has to be written as `(?<=one-unit forms|two-unit forms)`.
//
// Forms are kept one per length (same-length alternatives merged into a group). With
// capture groups, forms of several lengths are only usable when at most one of them
// can match at any position (they are exclusive, as a character's are): each form
// then holds the same groups in the same order, and a branch-reset group
// `(?|(?<=f1)|(?<=f2))` numbers them as the pattern does.
class RegExpFixedLengths {
 public:
  struct Form {
    std::uint32_t length;
    std::u16string text;
  };

  // Unknown: unbounded, or more forms than are worth writing out.
  RegExpFixedLengths() = default;
  static RegExpFixedLengths single(std::uint32_t length, std::u16string text, bool hasCapture);
  // Forms that never match at the same position (a character's).
  static RegExpFixedLengths exclusive(std::vector<Form> forms);

  // This piece followed by `next`.
  RegExpFixedLengths then(const RegExpFixedLengths& next) const;
  // This piece or `other` (in no particular order).
  RegExpFixedLengths orElse(const RegExpFixedLengths& other) const;
  // Repeated min to max times.
  RegExpFixedLengths repeated(std::uint32_t min, std::uint32_t max) const;
  // Each form inside a group: `open` is "(" or "(?:".
  RegExpFixedLengths grouped(std::u16string_view open, bool capturing) const;

  bool known() const { return known_; }
  bool hasCapture() const { return hasCapture_; }
  const std::vector<Form>& forms() const { return forms_; }

 private:
  RegExpFixedLengths& checked();

  std::vector<Form> forms_;  // by length, one per length
  bool known_ = false;
  bool hasCapture_ = false;
  bool exclusive_ = true;
};

}  // namespace reachable
