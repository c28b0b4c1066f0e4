#pragma once

#include "scenario/JsonValue.h"
#include "scenario/ScenarioError.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reachable {

// Typed, located access to the members of one JSON object. Every refusal is
// recorded as an error naming the key's path (`narration[2].line`), so that the
// loader can report all of a file's mistakes at once.
class JsonFields {
 public:
  // Checks `object` against its known keys: unknown keys (with a suggestion for
  // a near miss) and duplicates become errors.
  JsonFields(const JsonValue& object, std::string path, std::initializer_list<std::string_view> known,
             std::vector<ScenarioError>& errors);

  const JsonValue* find(std::string_view key) const;
  // Like find, but a missing key is an error.
  const JsonValue* require(std::string_view key) const;

  std::optional<std::string> string(std::string_view key, bool required = false) const;
  std::optional<uint64_t> integer(std::string_view key, uint64_t minimum, bool required = false) const;
  std::optional<double> number(std::string_view key, bool required = false) const;
  std::optional<bool> boolean(std::string_view key) const;
  // An array member's elements, each with its path (`stubs[1]`); empty when absent or not an array.
  std::vector<std::pair<const JsonValue*, std::string>> array(std::string_view key) const;

  std::string pathOf(std::string_view key) const;
  // Records "'PATH' must be WANTED, not KIND" at the value; returns false when the kind differs.
  bool expectKind(const JsonValue& value, JsonValue::Kind kind, const std::string& path, std::string_view wanted) const;
  void error(TextPlace place, std::string message) const;

 private:
  void checkKeys(std::initializer_list<std::string_view> known) const;

  const JsonValue& object_;
  std::string path_;
  std::vector<ScenarioError>& errors_;
};

}  // namespace reachable
