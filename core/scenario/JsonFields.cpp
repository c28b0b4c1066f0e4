#include "scenario/JsonFields.h"

#include "scenario/KeySuggestion.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace reachable {

namespace {

// Integers beyond 2^53 - 1 lose precision in a double; the schema has the same bound.
constexpr uint64_t kMaxInteger = 9007199254740991;

}  // namespace

JsonFields::JsonFields(const JsonValue& object, std::string path, std::initializer_list<std::string_view> known,
                       std::vector<ScenarioError>& errors)
    : object_(object), path_(std::move(path)), errors_(errors) {
  checkKeys(known);
}

void JsonFields::checkKeys(std::initializer_list<std::string_view> known) const {
  const std::vector<std::string_view> keys(known);
  for (size_t i = 0; i < object_.members.size(); ++i) {
    const JsonMember& member = object_.members[i];
    if (std::find(keys.begin(), keys.end(), member.key) == keys.end()) {
      std::string message = "unknown key '" + pathOf(member.key) + "'";
      if (auto suggestion = suggestKey(member.key, keys))
        message += " (did you mean '" + std::string(*suggestion) + "'?)";
      error(member.keyPlace, std::move(message));
    } else if (&member.value != find(member.key)) {
      error(member.keyPlace, "duplicate key '" + pathOf(member.key) + "'");
    }
  }
}

const JsonValue* JsonFields::find(std::string_view key) const {
  for (const JsonMember& member : object_.members) {
    if (member.key == key) return &member.value;
  }
  return nullptr;
}

const JsonValue* JsonFields::require(std::string_view key) const {
  const JsonValue* value = find(key);
  if (!value) error(object_.place, "missing '" + pathOf(key) + "'");
  return value;
}

std::optional<std::string> JsonFields::string(std::string_view key, bool required) const {
  const JsonValue* value = required ? require(key) : find(key);
  if (!value || !expectKind(*value, JsonValue::Kind::String, pathOf(key), "a string")) return std::nullopt;
  return value->text;
}

std::optional<uint64_t> JsonFields::integer(std::string_view key, uint64_t minimum, bool required) const {
  const JsonValue* value = required ? require(key) : find(key);
  if (!value || !expectKind(*value, JsonValue::Kind::Number, pathOf(key), "an integer")) return std::nullopt;
  const std::string path = pathOf(key);
  if (std::trunc(value->number) != value->number) {
    error(value->place, "'" + path + "' must be an integer, not " + value->text);
  } else if (value->number < static_cast<double>(minimum)) {
    error(value->place, "'" + path + "' must be at least " + std::to_string(minimum) + ", not " + value->text);
  } else if (value->number > static_cast<double>(kMaxInteger)) {
    error(value->place, "'" + path + "' must be at most " + std::to_string(kMaxInteger) + ", not " + value->text);
  } else {
    return static_cast<uint64_t>(value->number);
  }
  return std::nullopt;
}

std::optional<double> JsonFields::number(std::string_view key, bool required) const {
  const JsonValue* value = required ? require(key) : find(key);
  if (!value || !expectKind(*value, JsonValue::Kind::Number, pathOf(key), "a number")) return std::nullopt;
  return value->number;
}

std::optional<bool> JsonFields::boolean(std::string_view key) const {
  const JsonValue* value = find(key);
  if (!value || !expectKind(*value, JsonValue::Kind::Boolean, pathOf(key), "a boolean")) return std::nullopt;
  return value->boolean;
}

std::vector<std::pair<const JsonValue*, std::string>> JsonFields::array(std::string_view key) const {
  std::vector<std::pair<const JsonValue*, std::string>> elements;
  const JsonValue* value = find(key);
  if (!value || !expectKind(*value, JsonValue::Kind::Array, pathOf(key), "an array")) return elements;
  for (size_t i = 0; i < value->items.size(); ++i) {
    elements.emplace_back(&value->items[i], pathOf(key) + "[" + std::to_string(i) + "]");
  }
  return elements;
}

std::string JsonFields::pathOf(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

bool JsonFields::expectKind(const JsonValue& value, JsonValue::Kind kind, const std::string& path,
                            std::string_view wanted) const {
  if (value.kind == kind) return true;
  error(value.place, "'" + path + "' must be " + std::string(wanted) + ", not " + describeKind(value.kind));
  return false;
}

void JsonFields::error(TextPlace place, std::string message) const {
  errors_.push_back({place.line, place.column, std::move(message)});
}

}  // namespace reachable
