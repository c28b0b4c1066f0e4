#include "text/CaseMapping.h"

#include <unicode/ustring.h>

namespace reachable {
namespace {

using IcuCaseMapping = int32_t (*)(UChar*, int32_t, const UChar*, int32_t, const char*, UErrorCode*);

// Runs one of ICU's u_strTo* functions, growing the output when a mapping lengthens
// the text (one code unit can map to three).
std::u16string mapCase(IcuCaseMapping mapping, std::u16string_view text, const std::string& language) {
  std::u16string result(text.size(), u'\0');
  for (;;) {
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = mapping(result.data(), static_cast<int32_t>(result.size()), text.data(),
                                   static_cast<int32_t>(text.size()), language.c_str(), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      result.resize(static_cast<std::size_t>(length));
      continue;
    }
    if (U_FAILURE(status)) return std::u16string(text);
    result.resize(static_cast<std::size_t>(length));
    return result;
  }
}

}  // namespace

std::u16string toUpperCase(std::u16string_view text, const std::string& language) {
  return mapCase(u_strToUpper, text, language);
}

std::u16string toLowerCase(std::u16string_view text, const std::string& language) {
  return mapCase(u_strToLower, text, language);
}

}  // namespace reachable
