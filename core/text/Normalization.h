#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace reachable {

// Unicode's normalization forms (UAX #15), as String.prototype.normalize names them.
enum class NormalizationForm { NFC, NFD, NFKC, NFKD };

// The form that `name` names ("NFC", "NFD", "NFKC" or "NFKD"); nullopt for any other.
std::optional<NormalizationForm> normalizationFormNamed(std::u16string_view name);

// `text` in the given form, by ICU's normalizer, as V8 does it. Lone surrogates stay as
// they are.
std::u16string normalize(std::u16string_view text, NormalizationForm form);

}  // namespace reachable
