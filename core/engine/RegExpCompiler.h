#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "heap/RegExpCell.h"
#include "parse/RegExpTranslator.h"

namespace reachable {

// A pattern translated (parse/RegExpTranslator) and compiled by PCRE2's 16-bit
// library, whose indices are UTF-16 code units as JavaScript's are.
class CompiledRegExp : public RegExpCode {
 public:
  // What compiling gives: the code, or the message of the SyntaxError (or of the
  // refusal) and whether it is a refusal.
  struct Failure {
    std::string message;
    bool refused = false;
  };
  static std::variant<std::shared_ptr<const CompiledRegExp>, Failure> compile(std::u16string_view source,
                                                                              const RegExpFlags& flags);

  CompiledRegExp(const CompiledRegExp&) = delete;
  CompiledRegExp& operator=(const CompiledRegExp&) = delete;
  ~CompiledRegExp() override;

  enum class Outcome { Matched, NoMatch, MatchLimit, HeapLimit };
  // Matches at `start` (only there when `anchored`, the y flag) with at most
  // `matchLimit` of PCRE2's backtracking steps. On a match, `captures` holds a start
  // and an end per group, the whole match first, -1 for a group left unset.
  Outcome match(std::u16string_view subject, std::size_t start, bool anchored, std::uint64_t matchLimit,
                std::vector<std::int64_t>& captures) const;

  const RegExpFlags& flags() const { return flags_; }
  std::uint32_t captureCount() const { return captureCount_; }
  // names[i] names group i + 1, empty when unnamed.
  const std::vector<std::u16string>& groupNames() const { return groupNames_; }
  bool hasNamedGroups() const;
  bool usesUnicodeProperties() const { return usesUnicodeProperties_; }

 private:
  CompiledRegExp() = default;
  static std::variant<std::shared_ptr<const CompiledRegExp>, Failure> compileAfresh(std::u16string_view source,
                                                                                    const RegExpFlags& flags);

  void* code_ = nullptr;  // pcre2_code_16, kept opaque so that PCRE2's header stays in the .cpp
  RegExpFlags flags_;
  std::uint32_t captureCount_ = 0;
  std::vector<std::u16string> groupNames_;
  bool usesUnicodeProperties_ = false;
};

// Whether `text` holds a code point that ICU's tables (Unicode 15.0, Debian 12's ICU 72)
// leave unassigned: a newer Node may give it properties that \p{…} would match.
bool hasUnassignedCodePoint(std::u16string_view text);

}  // namespace reachable
