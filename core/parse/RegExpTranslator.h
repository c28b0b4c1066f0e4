#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reachable {

// A regular expression's flags, as a literal or the RegExp constructor gives them.
struct RegExpFlags {
  bool hasIndices = false;   // d
  bool global = false;       // g
  bool ignoreCase = false;   // i
  bool multiline = false;    // m
  bool dotAll = false;       // s
  bool unicode = false;      // u
  bool unicodeSets = false;  // v
  bool sticky = false;       // y

  // Whether the pattern matches code points (u or v).
  bool unicodeMode() const { return unicode || unicodeSets; }

  // nullopt for an unknown or repeated flag, or u with v.
  static std::optional<RegExpFlags> parse(std::u16string_view text);
  // In the order the `flags` getter gives them: "dgimsuvy".
  std::string text() const;
};

// A JavaScript pattern translated into a PCRE2 pattern (16-bit code units) that
// matches what the JavaScript one matches, or the reason it cannot be.
//
// The translation spells out every character, class, escape and anchor as an
// explicit set or lookaround, so that none of PCRE2's own definitions (of \s, \w,
// '.', '$', case-insensitivity) is left to differ from ECMAScript's; what still
// would differ is refused by name (docs/regexp.md lists both).
struct RegExpTranslation {
  std::u16string pattern;
  std::uint32_t captureCount = 0;
  // groupNames[i] names capture group i + 1; empty for an unnamed group.
  std::vector<std::u16string> groupNames;
  // Whether the pattern needs PCRE2's caseless matching (its back-references without u do).
  bool caselessBackReferences = false;
  // Whether it has \p{…}: its tables are ICU's Unicode version (see isUnassignedCodePoint).
  bool usesUnicodeProperties = false;
  // V8's message for a syntax error ("Unterminated group"), or what is not
  // supported ("lookbehind of variable length is not supported"); empty when valid.
  std::string error;
  bool refused = false;

  bool ok() const { return error.empty(); }
};

RegExpTranslation translateRegExp(std::u16string_view source, const RegExpFlags& flags);

// V8's message for an invalid pattern: "Invalid regular expression: /(/: Unterminated group".
std::string regExpSyntaxMessage(std::u16string_view source, const RegExpFlags& flags, const std::string& error);
// The message for a pattern outside the subset: "regular expression /(?<=a+)/: lookbehind
// of variable length is not supported".
std::string regExpRefusalMessage(std::u16string_view source, const RegExpFlags& flags, const std::string& error);

}  // namespace reachable
