#include "timeline/BackgroundRecording.h"

#include <algorithm>
#include <exception>

namespace reachable {

BackgroundRecording::BackgroundRecording(std::shared_ptr<const LessonFile> lesson, RecordOptions options)
    : lesson_(std::move(lesson)), options_(std::move(options)) {
  options_.cancel = &cancelled_;
  options_.stepRecorded = [this](std::uint64_t recorded) { stepRecorded(recorded); };
  thread_ = std::thread([this] { record(); });
}

BackgroundRecording::~BackgroundRecording() {
  cancel();
  thread_.join();
}

void BackgroundRecording::record() {
  RecordedEnd end;
  // Nothing may leave a thread by an exception: what the engine does not turn into a
  // located stop itself (the recording's own memory, say) ends the run here.
  try {
    end = recordScenarioInto(timeline_, *lesson_->scenario, lesson_->parsed, options_);
  } catch (const std::exception& error) {
    end = {RecordedEnd::Status::Terminated, std::string("the recording stopped: ") + error.what(), std::nullopt};
  }
  {
    const std::lock_guard lock(mutex_);
    end_ = std::move(end);
  }
  progress_.notify_all();
}

void BackgroundRecording::stepRecorded(std::uint64_t recorded) {
  recorded_ = recorded;
  if (recorded < awaited_) return;
  // A waiter that has just found too few steps holds the lock until it waits.
  { const std::lock_guard lock(mutex_); }
  progress_.notify_all();
}

bool BackgroundRecording::ended() const {
  const std::lock_guard lock(mutex_);
  return end_.has_value();
}

std::optional<RecordedEnd> BackgroundRecording::end() const {
  const std::lock_guard lock(mutex_);
  return end_;
}

std::uint64_t BackgroundRecording::waitForSteps(std::uint64_t steps) const {
  std::unique_lock lock(mutex_);
  ++stepWaiters_;
  awaited_ = std::min(awaited_.load(), steps);
  progress_.wait(lock, [&] { return end_ || recorded_ >= steps; });
  if (--stepWaiters_ == 0) awaited_ = kNothingAwaited;
  return recorded_;
}

void BackgroundRecording::waitForEnd() const {
  std::unique_lock lock(mutex_);
  progress_.wait(lock, [&] { return end_.has_value(); });
}

bool BackgroundRecording::waitForEnd(std::chrono::milliseconds patience) const {
  std::unique_lock lock(mutex_);
  return progress_.wait_for(lock, patience, [&] { return end_.has_value(); });
}

}  // namespace reachable
