#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace reachable {

// The locale that Node's locale-sensitive methods use when a program names none, as a
// BCP 47 tag: ICU's default locale, which it reads from the environment (LC_ALL,
// LC_MESSAGES, LANG). ICU's fallback for the C and POSIX locales, "en_US_POSIX", is
// taken as "en-US", as V8 does (Isolate::DefaultLocale), so that `LANG=C.UTF-8` sorts
// as Node sorts there.
std::string defaultLocaleTag();

// `tag` in ICU's canonical form ("EN-us" -> "en-US"); nullopt when it is not a
// well-formed BCP 47 language tag (ECMA-402 throws RangeError then).
std::optional<std::string> canonicalLocaleTag(std::string_view tag);

// The language subtag of a canonical tag: "tr" of "tr-TR".
std::string languageOf(const std::string& tag);

}  // namespace reachable
