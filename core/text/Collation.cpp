#include "text/Collation.h"

#include <map>
#include <memory>
#include <tuple>

#include <unicode/coll.h>
#include <unicode/locid.h>

#include "text/LocaleTags.h"

namespace reachable {
namespace {

using CollatorKey = std::tuple<std::string, CollationOptions::Sensitivity, bool, bool>;

UColAttributeValue onOff(bool on) { return on ? UCOL_ON : UCOL_OFF; }

// Sets up a collator the way V8's JSCollator::New does: normalization always on (the
// specification compares canonically equivalent strings as equal), then the
// sensitivity as a strength, with "case" as primary strength plus the case level.
void configure(icu::Collator& collator, const CollationOptions& options, UErrorCode& status) {
  collator.setAttribute(UCOL_NORMALIZATION_MODE, UCOL_ON, status);
  collator.setAttribute(UCOL_NUMERIC_COLLATION, onOff(options.numeric), status);
  if (options.ignorePunctuation) collator.setAttribute(UCOL_ALTERNATE_HANDLING, UCOL_SHIFTED, status);
  using Sensitivity = CollationOptions::Sensitivity;
  switch (options.sensitivity) {
    case Sensitivity::Base: collator.setStrength(icu::Collator::PRIMARY); break;
    case Sensitivity::Accent: collator.setStrength(icu::Collator::SECONDARY); break;
    case Sensitivity::Case:
      collator.setStrength(icu::Collator::PRIMARY);
      collator.setAttribute(UCOL_CASE_LEVEL, UCOL_ON, status);
      break;
    case Sensitivity::Variant: collator.setStrength(icu::Collator::TERTIARY); break;
  }
}

std::unique_ptr<icu::Collator> makeCollator(const CollationOptions& options) {
  UErrorCode status = U_ZERO_ERROR;
  const std::string tag = options.localeTag.empty() ? defaultLocaleTag() : options.localeTag;
  icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
  if (U_FAILURE(status) || locale.isBogus()) return nullptr;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(locale, status));
  if (U_FAILURE(status) || !collator) return nullptr;
  configure(*collator, options, status);
  return U_SUCCESS(status) ? std::move(collator) : nullptr;
}

// Opening a collator costs far more than a comparison, and a sort compares many
// times: each thread keeps the collators it opened. A null entry remembers a tag ICU
// refused.
const icu::Collator* collatorFor(const CollationOptions& options) {
  thread_local std::map<CollatorKey, std::unique_ptr<icu::Collator>> collators;
  CollatorKey key{options.localeTag, options.sensitivity, options.numeric, options.ignorePunctuation};
  auto found = collators.find(key);
  if (found == collators.end()) found = collators.emplace(key, makeCollator(options)).first;
  return found->second.get();
}

}  // namespace

std::optional<int> collate(std::u16string_view a, std::u16string_view b, const CollationOptions& options) {
  const icu::Collator* collator = collatorFor(options);
  if (!collator) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const UCollationResult result = collator->compare(a.data(), static_cast<int32_t>(a.size()), b.data(),
                                                    static_cast<int32_t>(b.size()), status);
  return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

}  // namespace reachable
