#include "parse/RegExpUnicodeProperty.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

namespace reachable {

namespace {

// ECMA-262's table of binary Unicode properties (long names; ICU knows the aliases).
constexpr std::string_view kBinaryProperties[] = {
    "ASCII_Hex_Digit",
    "Alphabetic",
    "Bidi_Control",
    "Bidi_Mirrored",
    "Case_Ignorable",
    "Cased",
    "Changes_When_Casefolded",
    "Changes_When_Casemapped",
    "Changes_When_Lowercased",
    "Changes_When_NFKC_Casefolded",
    "Changes_When_Titlecased",
    "Changes_When_Uppercased",
    "Dash",
    "Default_Ignorable_Code_Point",
    "Deprecated",
    "Diacritic",
    "Emoji",
    "Emoji_Component",
    "Emoji_Modifier",
    "Emoji_Modifier_Base",
    "Emoji_Presentation",
    "Extended_Pictographic",
    "Extender",
    "Grapheme_Base",
    "Grapheme_Extend",
    "Hex_Digit",
    "IDS_Binary_Operator",
    "IDS_Trinary_Operator",
    "ID_Continue",
    "ID_Start",
    "Ideographic",
    "Join_Control",
    "Logical_Order_Exception",
    "Lowercase",
    "Math",
    "Noncharacter_Code_Point",
    "Pattern_Syntax",
    "Pattern_White_Space",
    "Quotation_Mark",
    "Radical",
    "Regional_Indicator",
    "Sentence_Terminal",
    "Soft_Dotted",
    "Terminal_Punctuation",
    "Unified_Ideograph",
    "Uppercase",
    "Variation_Selector",
    "White_Space",
    "XID_Continue",
    "XID_Start",
};

constexpr std::string_view kPropertiesOfStrings[] = {
    "Basic_Emoji",
    "Emoji_Keycap_Sequence",
    "RGI_Emoji_Modifier_Sequence",
    "RGI_Emoji_Flag_Sequence",
    "RGI_Emoji_Tag_Sequence",
    "RGI_Emoji_ZWJ_Sequence",
    "RGI_Emoji",
};

bool isPropertyNameCharacter(char16_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::optional<std::string> asciiName(std::u16string_view text) {
  if (text.empty() || !std::all_of(text.begin(), text.end(), isPropertyNameCharacter)) return std::nullopt;
  return std::string(text.begin(), text.end());
}

// Whether `name` is exactly one of ICU's names for a property (short, long, or an
// extra alias), not just a loose match of one.
bool isExactPropertyName(UProperty property, const std::string& name) {
  for (int choice = 0; choice < 4; ++choice) {
    const char* candidate = u_getPropertyName(property, static_cast<UPropertyNameChoice>(choice));
    if (candidate && name == candidate) return true;
  }
  return false;
}

std::optional<std::int32_t> exactValue(UProperty property, const std::string& name) {
  const std::int32_t value = u_getPropertyValueEnum(property, name.c_str());
  if (value == UCHAR_INVALID_CODE) return std::nullopt;
  for (int choice = 0; choice < 4; ++choice) {
    const char* candidate = u_getPropertyValueName(property, value, static_cast<UPropertyNameChoice>(choice));
    if (candidate && name == candidate) return value;
  }
  return std::nullopt;
}

RegExpCharSet setOf(UProperty property, std::int32_t value) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<USet, decltype(&uset_close)> set(uset_openEmpty(), &uset_close);
  uset_applyIntPropertyValue(set.get(), property, value, &status);
  RegExpCharSet result;
  if (U_FAILURE(status)) return result;
  const std::int32_t ranges = uset_getRangeCount(set.get());
  for (std::int32_t i = 0; i < ranges; ++i) {
    UChar32 first = 0, last = 0;
    uset_getItem(set.get(), i, &first, &last, nullptr, 0, &status);
    result.add(static_cast<char32_t>(first), static_cast<char32_t>(last));
  }
  return result;
}

std::optional<RegExpCharSet> loneProperty(const std::string& name) {
  if (name == "Any") return RegExpCharSet().complement(0x10FFFF);
  if (name == "ASCII") {
    RegExpCharSet ascii;
    ascii.add(0, 0x7F);
    return ascii;
  }
  if (name == "Assigned") return setOf(UCHAR_GENERAL_CATEGORY_MASK, U_GC_CN_MASK).complement(0x10FFFF);
  if (auto category = exactValue(UCHAR_GENERAL_CATEGORY_MASK, name))
    return setOf(UCHAR_GENERAL_CATEGORY_MASK, *category);
  const UProperty property = u_getPropertyEnum(name.c_str());
  if (property == UCHAR_INVALID_CODE || !isExactPropertyName(property, name)) return std::nullopt;
  const char* longName = u_getPropertyName(property, U_LONG_PROPERTY_NAME);
  if (!longName ||
      std::find(std::begin(kBinaryProperties), std::end(kBinaryProperties), longName) == std::end(kBinaryProperties)) {
    return std::nullopt;
  }
  return setOf(property, 1);
}

std::optional<RegExpCharSet> propertyWithValue(const std::string& name, const std::string& value) {
  if (name == "General_Category" || name == "gc") {
    auto category = exactValue(UCHAR_GENERAL_CATEGORY_MASK, value);
    if (!category) return std::nullopt;
    return setOf(UCHAR_GENERAL_CATEGORY_MASK, *category);
  }
  const bool extensions = name == "Script_Extensions" || name == "scx";
  if (!extensions && name != "Script" && name != "sc") return std::nullopt;
  auto script = exactValue(UCHAR_SCRIPT, value);
  if (!script) return std::nullopt;
  return setOf(extensions ? UCHAR_SCRIPT_EXTENSIONS : UCHAR_SCRIPT, *script);
}

}  // namespace

std::optional<RegExpCharSet> unicodePropertySet(std::u16string_view text) {
  const std::size_t equals = text.find(u'=');
  if (equals == std::u16string_view::npos) {
    auto name = asciiName(text);
    return name ? loneProperty(*name) : std::nullopt;
  }
  auto name = asciiName(text.substr(0, equals));
  auto value = asciiName(text.substr(equals + 1));
  return name && value ? propertyWithValue(*name, *value) : std::nullopt;
}

std::optional<UnicodeStringProperty> unicodeStringProperty(std::u16string_view text) {
  auto name = asciiName(text);
  if (!name || std::find(std::begin(kPropertiesOfStrings), std::end(kPropertiesOfStrings), *name) ==
                   std::end(kPropertiesOfStrings)) {
    return std::nullopt;
  }
  // ICU's sets hold strings only when made from a pattern ("[\p{RGI_Emoji}]").
  const std::u16string pattern = u"[\\p{" + std::u16string(text) + u"}]";
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<USet, decltype(&uset_close)> set(
      uset_openPattern(reinterpret_cast<const UChar*>(pattern.data()), static_cast<std::int32_t>(pattern.size()), &status),
      &uset_close);
  if (U_FAILURE(status)) return std::nullopt;
  UnicodeStringProperty property;
  const std::int32_t items = uset_getItemCount(set.get());
  for (std::int32_t i = 0; i < items; ++i) {
    UChar32 first = 0, last = 0;
    UChar buffer[64];
    status = U_ZERO_ERROR;
    const std::int32_t length = uset_getItem(set.get(), i, &first, &last, buffer, 64, &status);
    if (U_FAILURE(status)) return std::nullopt;
    if (length == 0) {
      property.chars.add(static_cast<char32_t>(first), static_cast<char32_t>(last));
    } else {
      property.strings.emplace_back(reinterpret_cast<const char16_t*>(buffer), static_cast<std::size_t>(length));
    }
  }
  return property;
}

bool isUnassignedCodePoint(char32_t c) { return u_charType(static_cast<UChar32>(c)) == U_UNASSIGNED; }

}  // namespace reachable
