#pragma once

#include <string>
#include <string_view>

namespace reachable {

// Node's strEscape (lib/internal/util/inspect.js): a string as util.inspect shows it
// inside objects and arrays. Single quotes, unless the string contains one: then double
// quotes if it has none, else backticks if it has neither a backtick nor "${". The
// backslash, the chosen quote (when it is '), C0 and C1 controls are escaped from
// Node's `meta` table ('\n', '\x1B', '\x7F'), lone surrogates as '\ud83d'.
std::string inspectQuotedString(std::u16string_view text);

// A string-keyed, enumerable property name as formatProperty writes it before ": ":
// bare when it matches /^[a-zA-Z_][a-zA-Z_0-9]*$/, otherwise quoted as above;
// "__proto__" is "['__proto__']".
std::string inspectPropertyKey(std::u16string_view key);

// A key written in brackets, unquoted but escaped with strEscapeSequencesReplacer (the
// single quote included): formatProperty's form for a symbol key, whose text is
// "Symbol(description)", and for a non-enumerable key. Gives "[Symbol(a)]".
std::string inspectBracketedKey(std::u16string_view keyText);

// ECMA-262 QuoteJSONString: JSON.stringify's form of a string, in double quotes, with
// \" \\ \b \f \n \r \t, other code units below 0x20 and lone surrogates as \u00xx
// and \udxxx (lowercase hex).
std::string quoteJsonString(std::u16string_view text);

}  // namespace reachable
