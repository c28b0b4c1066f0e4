#include "lesson/LessonFile.h"

#include "scenario/ScenarioLoader.h"

namespace reachable {

namespace {

void parseProgramOf(LessonFile& file, ParseGoal goal) {
  file.parsed = parseProgram(file.scenario->program, goal);
  for (const ParseError& error : file.parsed.errors) {
    file.errors.push_back({error.pos.line, error.pos.column, describe(error), !file.isProgramFile});
  }
}

bool isProgramFileName(std::string_view fileName) { return fileName.ends_with(".js") || fileName.ends_with(".mjs"); }

}  // namespace

LessonFile readLessonFile(std::string_view fileName, std::string_view bytes, ParseGoal goal) {
  LessonFile file;
  file.isProgramFile = isProgramFileName(fileName);
  LoadResult loaded = loadScenario(fileName, bytes);
  for (const ScenarioError& error : loaded.errors) file.errors.push_back({error.line, error.column, error.message});
  file.scenario = std::move(loaded.scenario);
  if (file.scenario) parseProgramOf(file, goal);
  return file;
}

LessonFile withProgram(const Scenario& scenario, bool isProgramFile, std::string program) {
  LessonFile file;
  file.isProgramFile = isProgramFile;
  file.scenario = scenario;
  file.scenario->program = std::move(program);
  parseProgramOf(file, ParseGoal::Module);
  return file;
}

}  // namespace reachable
