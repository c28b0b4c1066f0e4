#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace reachable {

// The text of a scenario file with its program replaced and every other byte as the
// author wrote it: a program written as a string stays a string, an array of lines
// stays one, laid out as it was (one line each, or all on one line). A file with no
// program gets one, as an array of lines. Nothing when `original` is not a JSON object.
std::optional<std::string> scenarioWithProgram(std::string_view original, std::string_view program);

// A scenario file with only a title, for a program saved as a scenario.
std::string newScenarioText(std::string_view title);

// What a program file (.js/.mjs) holds: the program, ending with a newline.
std::string programFileText(std::string_view program);

}  // namespace reachable
