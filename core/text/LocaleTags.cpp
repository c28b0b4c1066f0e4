#include "text/LocaleTags.h"

#include <cstring>

#include <unicode/locid.h>

namespace reachable {

std::string defaultLocaleTag() {
  const icu::Locale locale;
  if (std::strcmp(locale.getName(), "en_US_POSIX") == 0 || std::strcmp(locale.getName(), "c") == 0) {
    return "en-US";
  }
  UErrorCode status = U_ZERO_ERROR;
  std::string tag = locale.toLanguageTag<std::string>(status);
  return U_SUCCESS(status) && !locale.isBogus() ? tag : "und";
}

std::optional<std::string> canonicalLocaleTag(std::string_view tag) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(icu::StringPiece(tag.data(), static_cast<int32_t>(tag.size())), status);
  if (U_FAILURE(status) || locale.isBogus() || tag.empty()) return std::nullopt;
  std::string canonical = locale.toLanguageTag<std::string>(status);
  if (U_FAILURE(status)) return std::nullopt;
  return canonical;
}

std::string languageOf(const std::string& tag) { return tag.substr(0, tag.find('-')); }

}  // namespace reachable
