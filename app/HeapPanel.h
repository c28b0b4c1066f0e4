#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

#include "HeapGraphView.h"
#include "PanelFrame.h"
#include "Session.h"

namespace reachable {

// The heap view's place in the window: frames HeapGraphView and tells it which step
// to show, animated when the learner stepped forward by one, at once otherwise.
class HeapPanel {
 public:
  void draw(const PanelRect& rect, const PanelContext& context, Session& session);
  bool animating() const { return view_.animating(); }
  void recordDrawn(bool on) { view_.recordDrawn(on); }
  const view::DrawnHeap& drawn() const { return view_.drawn(); }
  void setShowEngineObjects(bool show) { view_.setShowEngineObjects(show); }
  void planInBackground(bool on) { view_.planInBackground(on); }
  // Whether the last frame drew a step's picture (not yet: the layout is being planned).
  bool showsPicture() const { return view_.showsPicture(); }

 private:
  void follow(Session& session);
  void plan(const Session& session);

  HeapGraphView view_;
  const void* shownRun_ = nullptr;  // which recording the view shows
  std::optional<std::uint64_t> shownStep_;
  // What the planner (on its own thread) read of the run the layout follows.
  enum class PlannedFrom : std::uint8_t { Nothing, PartOfTheRun, TheWholeRun };
  std::shared_ptr<std::atomic<PlannedFrom>> plannedFrom_;
};

}  // namespace reachable
