#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace reachable {

// The text of a scenario file with its program replaced: every other key kept, in
// its order, and the program written as an array of lines, as the bundled files
// write it. Nothing when `original` is not a JSON object.
std::optional<std::string> scenarioWithProgram(std::string_view original, std::string_view program);

// A scenario file with only a title, for a program saved as a scenario.
std::string newScenarioText(std::string_view title);

// What a program file (.js/.mjs) holds: the program, ending with a newline.
std::string programFileText(std::string_view program);

}  // namespace reachable
