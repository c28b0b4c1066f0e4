#include "ScenarioDocument.h"

#include "AtomicFile.h"
#include "ScenarioFileWriter.h"
#include "lesson/LessonFile.h"

namespace reachable {
namespace {

bool isProgramFileName(const std::filesystem::path& file) {
  const auto extension = file.extension();
  return extension == ".js" || extension == ".mjs";
}

}  // namespace

bool ScenarioDocument::openBundled(const CatalogueEntry& entry) {
  name_ = entry.fileName;
  path_.clear();
  stamp_.reset();
  return load(entry.bytes);
}

bool ScenarioDocument::openFile(const std::filesystem::path& file) {
  name_ = file.filename().string();
  path_ = file;
  return reload();
}

bool ScenarioDocument::reload() {
  stamp_ = stampOf(path_);
  std::string why;
  const auto bytes = readWholeFile(path_, &why);
  if (!bytes) {
    errors_ = {{name_, 0, 0, "cannot read " + path_.string() + ": " + why, false}};
    return false;
  }
  return load(*bytes);
}

bool ScenarioDocument::load(std::string_view bytes) {
  if (!take(readLessonFile(name_, bytes))) return false;
  loadedBytes_ = bytes;
  return true;
}

bool ScenarioDocument::replaceProgram(const std::string& program) {
  if (!lesson_->scenario) return false;
  return take(withProgram(*lesson_->scenario, isProgramFile(), program));
}

bool ScenarioDocument::take(LessonFile file) {
  errors_.clear();
  for (const LessonFile::Error& e : file.errors) errors_.push_back({name_, e.line, e.column, e.message, e.inProgram});
  if (!file.ok()) return false;
  lesson_ = std::make_shared<const LessonFile>(std::move(file));
  return true;
}

std::string ScenarioDocument::save(const std::string& program) {
  if (path_.empty()) return "a bundled scenario has no file: use Save As";
  return saveAs(path_, program);
}

std::string ScenarioDocument::saveAs(const std::filesystem::path& file, const std::string& program) {
  std::string text;
  if (isProgramFileName(file)) {
    text = programFileText(program);
  } else {
    // The scenario's other keys come from its file as it is now on disk (an author may
    // have changed them since), else as it was loaded; a program becomes a new scenario.
    const auto current = path_.empty() ? std::nullopt : readWholeFile(path_);
    const std::string original = isProgramFile() ? newScenarioText(lesson_->scenario ? lesson_->scenario->title : name_)
                                                 : current.value_or(loadedBytes_);
    const auto written = scenarioWithProgram(original, program);
    if (!written) return name_ + " is not a JSON object any more: fix it in an editor, then save again";
    text = *written;
  }
  if (auto error = writeFileAtomically(file, text); !error.empty()) return error;
  name_ = file.filename().string();
  path_ = file;
  stamp_ = stampOf(file);  // our own save is not a change to reload
  replaceProgram(program);
  return "";
}

bool ScenarioDocument::changedOnDisk() {
  if (path_.empty()) return false;
  const auto stamp = stampOf(path_);
  if (!stamp || stamp == stamp_) return false;
  stamp_ = stamp;
  return true;
}

bool ScenarioDocument::isProgramFile() const { return isProgramFileName(path_); }

}  // namespace reachable
