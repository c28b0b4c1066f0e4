#pragma once

#include "DocumentError.h"
#include "FileStamp.h"
#include "ScenarioCatalogue.h"
#include "lesson/LessonFile.h"
#include "scenario/Scenario.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace reachable {

// The scenario on screen and the file it came from. Bad input never replaces a good
// scenario: a load or an edit with errors leaves the last good scenario in place
// and lists the errors, so the learner keeps what they were looking at.
class ScenarioDocument {
 public:
  // Each returns whether a good scenario came of it (then it is the one on screen).
  bool openBundled(const CatalogueEntry& entry);
  bool openFile(const std::filesystem::path& file);
  // The open file again, after it changed on disk.
  bool reload();
  // The program as the editor holds it, checked and run in place of the current one.
  bool replaceProgram(const std::string& program);

  // Writes `program` into the open file (a scenario keeps every other key). Returns
  // an error message, empty on success.
  std::string save(const std::string& program);
  std::string saveAs(const std::filesystem::path& file, const std::string& program);

  // True once each time the open file's stamp changes on disk.
  bool changedOnDisk();

  const std::optional<Scenario>& scenario() const { return lesson_->scenario; }
  // The scenario with its program parsed once, for the run to compile: shared, since
  // the run is recorded on another thread, which may outlive this lesson on screen.
  const std::shared_ptr<const LessonFile>& lesson() const { return lesson_; }
  const std::vector<DocumentError>& errors() const { return errors_; }
  // The name the user knows the file by: "two-references.json".
  const std::string& name() const { return name_; }
  // Empty for a bundled scenario, which has no file to save into.
  const std::filesystem::path& path() const { return path_; }
  bool isProgramFile() const;

 private:
  bool load(std::string_view bytes);
  // A lesson read or edited: on screen when good; either way its errors listed.
  bool take(LessonFile file);

  std::shared_ptr<const LessonFile> lesson_ = std::make_shared<const LessonFile>();  // the last good one
  std::vector<DocumentError> errors_;
  std::string name_;
  std::filesystem::path path_;
  std::optional<FileStamp> stamp_;
  std::string loadedBytes_;  // the file the scenario on screen came from
};

}  // namespace reachable
