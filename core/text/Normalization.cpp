#include "text/Normalization.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace reachable {
namespace {

const icu::Normalizer2* normalizerFor(NormalizationForm form, UErrorCode& status) {
  switch (form) {
    case NormalizationForm::NFC: return icu::Normalizer2::getNFCInstance(status);
    case NormalizationForm::NFD: return icu::Normalizer2::getNFDInstance(status);
    case NormalizationForm::NFKC: return icu::Normalizer2::getNFKCInstance(status);
    case NormalizationForm::NFKD: return icu::Normalizer2::getNFKDInstance(status);
  }
  return nullptr;
}

}  // namespace

std::optional<NormalizationForm> normalizationFormNamed(std::u16string_view name) {
  if (name == u"NFC") return NormalizationForm::NFC;
  if (name == u"NFD") return NormalizationForm::NFD;
  if (name == u"NFKC") return NormalizationForm::NFKC;
  if (name == u"NFKD") return NormalizationForm::NFKD;
  return std::nullopt;
}

std::u16string normalize(std::u16string_view text, NormalizationForm form) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = normalizerFor(form, status);
  // ICU's data is linked into libicudata: the instances cannot be missing.
  if (U_FAILURE(status) || !normalizer) return std::u16string(text);
  const icu::UnicodeString source(false, text.data(), static_cast<int32_t>(text.size()));
  const icu::UnicodeString result = normalizer->normalize(source, status);
  if (U_FAILURE(status)) return std::u16string(text);
  return std::u16string(result.getBuffer(), static_cast<std::size_t>(result.length()));
}

}  // namespace reachable
