#include "lesson/LessonFile.h"

#include <algorithm>
#include <set>

#include "engine/ScopeAnalysis.h"
#include "engine/StandardGlobals.h"
#include "scenario/ScenarioLoader.h"

namespace reachable {

namespace {

bool isStubName(const Scenario& scenario, std::string_view name) {
  return std::ranges::any_of(scenario.stubs, [&](const ScenarioStub& stub) { return stub.name == name; });
}

// A program that names a standard global the engine lacks is refused where it first
// names it, before it runs (StandardGlobals.h says why).
void refuseMissingGlobals(LessonFile& file) {
  if (!mayNameMissingStandardGlobal(file.scenario->program)) return;
  std::set<std::string_view> refused;
  const ScopeAnalysis analysis(*file.parsed.program);
  for (const Identifier* id : analysis.globalReferences()) {
    if (!isMissingStandardGlobal(id->name) || isStubName(*file.scenario, id->name)) continue;
    if (!refused.insert(id->name).second) continue;
    file.errors.push_back({id->range.start.line, id->range.start.column,
                           std::string(id->name) + " is not supported (a standard global Reachable does not have)",
                           !file.isProgramFile});
  }
}

// A stub becomes a function declared after the program in the module export-js
// writes, and a global here: a name that cannot be a function's in a module (a
// reserved word, asked of the parser itself), that two stubs share, that the program
// declares itself, or that replaces a built-in would run differently in the two. (A
// standard global the engine lacks, such as fetch, the stub provides.)
std::string stubNameProblem(const Scenario& scenario, std::size_t index, const Program& program) {
  const std::string& name = scenario.stubs[index].name;
  if (!parseProgram("function " + name + "() {}", ParseGoal::Module).errors.empty())
    return "\"" + name + "\" cannot name a function in a module";
  for (std::size_t i = 0; i < index; ++i) {
    if (scenario.stubs[i].name == name) return "\"" + name + "\" is already stubs[" + std::to_string(i) + "]'s name";
  }
  if (std::ranges::any_of(program.scope.declarations, [&](const Declaration& d) { return d.name == name; }))
    return "\"" + name + "\" is declared by the program itself";
  if (isEngineGlobal(name)) return "\"" + name + "\" would replace the global of that name";
  return {};
}

void refuseBadStubNames(LessonFile& file) {
  const Scenario& scenario = *file.scenario;
  for (std::size_t i = 0; i < scenario.stubs.size(); ++i) {
    if (scenario.stubs[i].name.empty()) continue;  // the loader said so
    if (std::string problem = stubNameProblem(scenario, i, *file.parsed.program); !problem.empty()) {
      const TextPlace& at = scenario.stubs[i].place;
      file.errors.push_back({at.line, at.column, "'stubs[" + std::to_string(i) + "].name' " + problem});
    }
  }
}

void parseProgramOf(LessonFile& file, ParseGoal goal) {
  file.parsed = parseProgram(file.scenario->program, goal);
  for (const ParseError& error : file.parsed.errors) {
    file.errors.push_back({error.pos.line, error.pos.column, describe(error), !file.isProgramFile});
  }
  if (!file.parsed.ok()) return;
  refuseMissingGlobals(file);
  refuseBadStubNames(file);
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
