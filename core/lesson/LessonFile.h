#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/Parser.h"
#include "scenario/Scenario.h"

namespace reachable {

// A lesson as its file holds it: a JSON scenario, or a program (.js, .mjs), which is
// a scenario with only a program. Read once: the bytes checked as UTF-8 once, the
// program parsed once, and every error kept, the file's and its program's.
struct LessonFile {
  struct Error {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string message;
    // Line and column count within a JSON scenario's program rather than the file.
    bool inProgram = false;
  };

  std::optional<Scenario> scenario;  // none when the file itself was refused
  ParseResult parsed;                // the scenario's program
  std::vector<Error> errors;
  bool isProgramFile = false;

  bool ok() const { return scenario && parsed.ok() && errors.empty(); }
};

LessonFile readLessonFile(std::string_view fileName, std::string_view bytes, ParseGoal goal = ParseGoal::Module);

// The lesson of `scenario` with its program replaced (an edit in the GUI), parsed.
LessonFile withProgram(const Scenario& scenario, bool isProgramFile, std::string program);

}  // namespace reachable
