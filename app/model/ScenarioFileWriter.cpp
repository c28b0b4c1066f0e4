#include "ScenarioFileWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <variant>

#include "scenario/JsonReader.h"

namespace reachable {
namespace {

std::string jsonText(const std::string& text) { return nlohmann::json(text).dump(-1, ' ', false); }

// The blanks that begin the line `at` is on.
std::string_view indentationOfLine(std::string_view text, std::size_t at) {
  const std::size_t start = text.rfind('\n', at == 0 ? 0 : at - 1);
  const std::size_t lineStart = start == std::string_view::npos ? 0 : start + 1;
  const std::size_t end = text.find_first_not_of(" \t", lineStart);
  return text.substr(lineStart, (end == std::string_view::npos ? text.size() : end) - lineStart);
}

// The program's lines in the layout the author gave the array: one per line, indented
// as the first was, or all on one line.
std::string arrayLike(std::string_view original, const JsonValue& array, const nlohmann::ordered_json& lines) {
  const std::string_view was = original.substr(array.begin, array.end - array.begin);
  std::string out = "[";
  if (was.find('\n') == std::string_view::npos) {
    const std::string separator = was.find(", ") != std::string_view::npos || array.items.size() < 2 ? ", " : ",";
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? separator : "") + jsonText(lines[i]);
    return out + "]";
  }
  const std::string closing(indentationOfLine(original, array.begin));
  const std::string indent =
      array.items.empty() ? closing + "  " : std::string(indentationOfLine(original, array.items.front().begin));
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? ",\n" : "\n") + indent + jsonText(lines[i]);
  return out + "\n" + closing + "]";
}

nlohmann::ordered_json linesOf(std::string_view program) {
  auto lines = nlohmann::ordered_json::array();
  std::size_t start = 0;
  while (true) {
    const std::size_t end = program.find('\n', start);
    std::string_view line = program.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(std::string(line));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  // A final newline would otherwise add an empty line to the program each save.
  if (lines.size() > 1 && lines.back().get_ref<const std::string&>().empty()) lines.erase(lines.size() - 1);
  return lines;
}

}  // namespace

std::optional<std::string> scenarioWithProgram(std::string_view original, std::string_view program) {
  const auto read = readJson(original);
  const JsonValue* document = std::get_if<JsonValue>(&read);
  if (!document || document->kind != JsonValue::Kind::Object) return std::nullopt;
  const auto member = std::ranges::find(document->members, "program", &JsonMember::key);
  if (member == document->members.end()) {
    auto json = nlohmann::ordered_json::parse(original, nullptr, false);
    json["program"] = linesOf(program);
    return json.dump(2) + "\n";
  }
  // Only the program's own text changes: the author's layout of the rest stays.
  const JsonValue& value = member->value;
  const std::string replacement = value.kind == JsonValue::Kind::String ? jsonText(std::string(program))
                                                                        : arrayLike(original, value, linesOf(program));
  std::string text(original);
  text.replace(value.begin, value.end - value.begin, replacement);
  return text;
}

std::string newScenarioText(std::string_view title) {
  return nlohmann::ordered_json{{"title", std::string(title)}}.dump(2) + "\n";
}

std::string programFileText(std::string_view program) {
  std::string text(program);
  if (!text.ends_with('\n')) text += '\n';
  return text;
}

}  // namespace reachable
