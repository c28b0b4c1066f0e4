#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace reachable {

// What ECMA-402's Intl.Collator options say about how strings compare.
struct CollationOptions {
  enum class Sensitivity { Base, Accent, Case, Variant };
  std::string localeTag;  // BCP 47; empty for the default locale
  Sensitivity sensitivity = Sensitivity::Variant;
  bool numeric = false;
  bool ignorePunctuation = false;
};

// Compares two strings with ICU's collator for the options' locale, as V8's
// String.prototype.localeCompare and Intl.Collator do: -1, 0 or 1. nullopt when ICU
// knows no such locale tag (the caller throws RangeError).
std::optional<int> collate(std::u16string_view a, std::u16string_view b, const CollationOptions& options);

}  // namespace reachable
