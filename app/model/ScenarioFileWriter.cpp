#include "ScenarioFileWriter.h"

#include <nlohmann/json.hpp>

namespace reachable {
namespace {

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
  auto json = nlohmann::ordered_json::parse(original, nullptr, false);
  if (!json.is_object()) return std::nullopt;
  json["program"] = linesOf(program);
  return json.dump(2) + "\n";
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
