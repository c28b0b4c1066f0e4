#include "parse/RegExpFixedLengths.h"

#include <map>

namespace reachable {

namespace {

// Beyond these, writing the forms out is not worth it: the lookbehind is refused as
// being of variable length, as it was before the u flag's characters had two lengths.
constexpr std::size_t kMaxForms = 16;
constexpr std::size_t kMaxText = 1 << 16;
constexpr std::uint32_t kMaxRepeat = 16;

}  // namespace

RegExpFixedLengths RegExpFixedLengths::single(std::uint32_t length, std::u16string text, bool hasCapture) {
  RegExpFixedLengths result;
  result.forms_.push_back(Form{length, std::move(text)});
  result.known_ = true;
  result.hasCapture_ = hasCapture;
  return result;
}

RegExpFixedLengths RegExpFixedLengths::exclusive(std::vector<Form> forms) {
  RegExpFixedLengths result;
  result.forms_ = std::move(forms);
  result.known_ = true;
  return result;
}

RegExpFixedLengths RegExpFixedLengths::then(const RegExpFixedLengths& next) const {
  if (!known_ || !next.known_) return {};
  // With captures the alternatives merged into one form hold the same groups (both
  // sides are exclusive, or checked() refuses), so a branch-reset group numbers them.
  const bool captures = hasCapture_ || next.hasCapture_;
  std::map<std::uint32_t, std::vector<std::u16string>> byLength;
  for (const Form& a : forms_) {
    for (const Form& b : next.forms_) byLength[a.length + b.length].push_back(a.text + b.text);
  }
  RegExpFixedLengths result;
  result.known_ = true;
  result.hasCapture_ = captures;
  result.exclusive_ = exclusive_ && next.exclusive_;
  for (auto& [length, texts] : byLength) {
    std::u16string text = texts.size() == 1 ? texts[0] : (captures ? u"(?|" : u"(?:");
    for (std::size_t i = 0; texts.size() > 1 && i < texts.size(); ++i) text += (i ? u"|" : u"") + texts[i];
    if (texts.size() > 1) text += u")";
    result.forms_.push_back(Form{length, std::move(text)});
  }
  return result.checked();
}

RegExpFixedLengths RegExpFixedLengths::orElse(const RegExpFixedLengths& other) const {
  if (!known_ || !other.known_) return {};
  std::map<std::uint32_t, std::u16string> byLength;
  for (const auto* side : {this, &other}) {
    for (const Form& form : side->forms_) {
      auto [it, inserted] = byLength.emplace(form.length, form.text);
      if (!inserted) it->second = u"(?:" + it->second + u"|" + form.text + u")";
    }
  }
  RegExpFixedLengths result;
  result.known_ = true;
  result.hasCapture_ = hasCapture_ || other.hasCapture_;
  for (auto& [length, text] : byLength) result.forms_.push_back(Form{length, std::move(text)});
  result.exclusive_ = result.forms_.size() <= 1;
  return result.checked();
}

RegExpFixedLengths RegExpFixedLengths::repeated(std::uint32_t min, std::uint32_t max) const {
  // Copies of a capture group would be groups of their own.
  if (!known_ || max > kMaxRepeat || (hasCapture_ && max > 1)) return {};
  RegExpFixedLengths power = single(0, u"", false);
  for (std::uint32_t times = 0; times < min; ++times) power = power.then(*this);
  RegExpFixedLengths result = power;
  for (std::uint32_t times = min; times < max; ++times) {
    power = power.then(*this);
    result = result.orElse(power);
  }
  return result;
}

RegExpFixedLengths RegExpFixedLengths::grouped(std::u16string_view open, bool capturing) const {
  if (!known_) return {};
  RegExpFixedLengths result = *this;
  for (Form& form : result.forms_) form.text = std::u16string(open) + form.text + u")";
  result.hasCapture_ = hasCapture_ || capturing;
  return result.checked();
}

RegExpFixedLengths& RegExpFixedLengths::checked() {
  std::size_t size = 0;
  for (const Form& form : forms_) size += form.text.size();
  if (forms_.size() > kMaxForms || size > kMaxText || (hasCapture_ && forms_.size() > 1 && !exclusive_)) {
    *this = RegExpFixedLengths();
  }
  return *this;
}

}  // namespace reachable
