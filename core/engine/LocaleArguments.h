#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/Engine.h"
#include "text/Collation.h"
#include "text/DateTimeFormat.h"

namespace reachable {

// ECMA-402's `locales` and `options` arguments, as the locale-sensitive String methods
// (localeCompare, toLocaleUpperCase, toLocaleLowerCase) read them. Each returns
// nullopt with the error pending when reading threw.

// The first locale that `locales` (undefined, a tag, or a list of tags) asks for, in
// canonical form; an empty string for none, which means the default locale.
std::optional<std::string> requestedLocale(Engine& engine, Value locales);

// Intl.Collator's options: the locale, `sensitivity`, `numeric`, `ignorePunctuation`.
// `method` names the built-in in V8's messages ("String.prototype.localeCompare").
std::optional<CollationOptions> collationOptions(Engine& engine, Value locales, Value options,
                                                 std::string_view method);

// Intl.DateTimeFormat's options as Date.prototype.toLocaleString (any components,
// date and time by default), toLocaleDateString (date) and toLocaleTimeString (time)
// read them: ECMA-402's ToDateTimeOptions with its required and default components.
enum class DateComponents : std::uint8_t { Any, Date, Time };
std::optional<DateTimeFormatOptions> dateTimeFormatOptions(Engine& engine, Value locales, Value options,
                                                           DateComponents components);

}  // namespace reachable
