#pragma once

#include "MemorySeries.h"
#include "Player.h"
#include "ScenarioCatalogue.h"
#include "ScenarioDocument.h"
#include "ScenarioRun.h"
#include "TimelineIndex.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace reachable {

// The scenario being watched: its document, its recorded run with what the panels
// derive from it, and the player moving through it. The panels read a Session; only
// the program's commands change it. A run is recorded in the background: the session
// shows its first step at once and takes in the rest as it comes (followRecording).
class Session {
 public:
  // `stepCap`: the most steps a recording keeps (tests make it small).
  explicit Session(std::uint64_t stepCap = ScenarioRun::kStepCap) : stepCap_(stepCap) {}
  // Stops the recording under way (its thread is let go once the last copy of the run is).
  ~Session() { run_.cancel(); }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Each returns whether the scenario on screen changed; errors stay in document().
  // Each cancels the recording under way and starts another.
  bool openBundled(const CatalogueEntry& entry);
  bool openFile(const std::filesystem::path& file);
  // Records the edited program again; the step stays where it still exists.
  bool rerun(const std::string& program);
  // Records again with a collection injected after the current step, and moves on to
  // its first step; the file is untouched.
  void collectNow();
  // Reloads the open file when it changed on disk, keeping the step.
  bool reloadIfChanged();

  // Takes in what the recording added since the last call: its steps (the index, the
  // memory chart, the console, the player's range) and, once it ended, how. It reads
  // only what is new; the program calls it before each frame.
  void followRecording();
  // Whether the run is still being recorded, as far as the session has taken it in.
  bool recording() const { return !end_; }
  // Waits until `steps` steps are recorded, or the recording ended, and takes them in.
  void waitForSteps(std::uint64_t steps);
  // Waits for the whole run (pictures, a step asked for by number) and takes it in.
  void finishRecording();

  ScenarioDocument& document() { return document_; }
  const ScenarioDocument& document() const { return document_; }
  Player& player() { return player_; }
  const Player& player() const { return player_; }
  const ScenarioRun& run() const { return run_; }
  const TimelineIndex& index() const { return index_; }
  const MemorySeries& memory() const { return memory_; }
  // What the program printed in the steps taken in, in step order.
  std::span<const ConsoleLine> console() const { return console_; }
  // How the run ended, once the session has taken in all of it.
  const std::optional<RecordedEnd>& runEnd() const { return end_; }
  // The state the player's transition goes to, read once per step change.
  const HeapState& state();
  StepRecord currentStep() const { return run_.step(player_.step()); }
  // The program line the code panel marks at the current step (0: none): the
  // statement's; through a collection's four steps, the statement it ran in (the
  // gc() call); as a task starts, the function it calls.
  std::uint32_t markedLine();
  // Why the recorded run stopped before its end, when one of Reachable's limits
  // stopped it (its step or heap budget, or the recording's own cap), located as
  // `reachable-cli run` reports it: "forever.js:2:10: error: …". Its steps up to
  // there are recorded all the same.
  std::optional<DocumentError> runError() const;
  // Where "collect now" injected its collection in the current recording, if it did.
  std::optional<std::uint64_t> injectedCollection() const { return collectAfter_; }

 private:
  // Records the scenario on screen, showing `step` once it is recorded.
  void record(std::uint64_t step, std::optional<std::uint64_t> collectAfter);

  struct CachedState {
    std::optional<std::uint64_t> step;
    HeapState state;
  };
  const HeapState& cached(CachedState& cache, std::uint64_t step);

  std::uint64_t stepCap_;
  ScenarioDocument document_;
  ScenarioRun run_;
  std::uint64_t stepsTaken_ = 0;  // the steps of run_ taken in
  std::optional<RecordedEnd> end_ = RecordedEnd{};
  TimelineIndex index_;
  MemorySeries memory_;
  std::vector<ConsoleLine> console_;
  Player player_;
  std::optional<std::uint64_t> collectAfter_;
  CachedState current_;
};

}  // namespace reachable
