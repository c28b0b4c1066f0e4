#pragma once

#include "scenario/JsonValue.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace reachable {

// Where a scenario's program comes from, credited in the GUI and the README.
struct ScenarioSource {
  std::string title;
  std::string url;
  std::string license;  // optional, e.g. "CC BY-NC-SA 4.0"
};

// What a narration entry waits for: its source line to run, or an event that
// concerns the object, WeakRef or registry allocated on its line.
enum class NarrationTrigger {
  Line,       // the statement on `line` runs
  Collected,  // the object allocated on `line` is collected
  Callback,   // a callback of the registry allocated on `line` runs
  Cleared,    // the WeakRef allocated on `line` is emptied
};

struct Narration {
  NarrationTrigger trigger = NarrationTrigger::Line;
  uint32_t line = 1;  // in the program, from 1
  std::string text;
  TextPlace place;  // where the entry is in the scenario file, for warnings about it
};

// A display name for the objects allocated at a place in the program; without a
// column it names every object allocated on the line.
struct ObjectLabel {
  uint32_t line = 1;
  std::optional<uint32_t> column;
  std::string label;
};

// A host function that a tutorial only imagines (downloading an image), as the
// file declares it; a run installs it as the engine's HostStub of the same fields.
struct ScenarioStub {
  std::string name;
  std::string returnsLabel;
  uint64_t returnsBytes = 0;
  bool async = false;
  uint64_t delayMs = 0;
  TextPlace place;  // where its name is in the scenario file, for errors about it
};

enum class Panel { Code, Heap, Narration, Console };

struct PinnedObject {
  std::string label;
  double x = 0;
  double y = 0;
};

struct ViewHints {
  std::vector<PinnedObject> pinned;
  std::vector<Panel> panels;  // empty: the GUI's default set
};

// One scenario file: a program with what the GUI tells and shows about it.
struct Scenario {
  std::string schema;  // `$schema`, kept only so that a file can be written back
  std::string title;
  std::string summary;  // one paragraph
  std::optional<ScenarioSource> source;
  std::string program;  // JavaScript; an array of lines in the file is joined with "\n"
  // Where the program text begins in the scenario file, so that the program's own
  // errors can say where to look; 1:1 for a plain .js/.mjs file.
  TextPlace programStart;
  std::vector<Narration> narration;
  std::vector<ObjectLabel> labels;
  std::vector<ScenarioStub> stubs;
  ViewHints view;

  // Whether a run must know where objects were allocated (EngineOptions::
  // trackAllocationSites): to label them, or to narrate what befalls them.
  bool needsAllocationSites() const {
    return !labels.empty() || std::any_of(narration.begin(), narration.end(), [](const Narration& entry) {
      return entry.trigger != NarrationTrigger::Line;
    });
  }
};

}  // namespace reachable
