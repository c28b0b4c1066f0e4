#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "lesson/LessonFile.h"
#include "timeline/Recording.h"
#include "timeline/Timeline.h"

namespace reachable {

// A lesson's run recorded on a thread of its own into a timeline that can be read
// while it grows, so that a long run's first steps can be shown long before its last
// is recorded.
class BackgroundRecording {
 public:
  // Starts recording `lesson`, whose program parsed without errors (LessonFile::ok()).
  BackgroundRecording(std::shared_ptr<const LessonFile> lesson, RecordOptions options);
  // Cancels the recording and waits for its thread, which stops at its next statement.
  ~BackgroundRecording();
  BackgroundRecording(const BackgroundRecording&) = delete;
  BackgroundRecording& operator=(const BackgroundRecording&) = delete;

  // The steps recorded so far; any of its readers may run while it grows.
  const Timeline& timeline() const { return timeline_; }
  std::uint64_t recordedSteps() const { return recorded_.load(); }
  bool ended() const;
  // How the run ended, once it has: a run that a cancel stopped says Cancelled, never
  // Completed.
  std::optional<RecordedEnd> end() const;

  // Waits until `steps` steps are recorded or the recording ended; the steps recorded.
  std::uint64_t waitForSteps(std::uint64_t steps) const;
  // Waits until the recording ended.
  void waitForEnd() const;
  // Waits at most `patience` for the recording to end; whether it has.
  bool waitForEnd(std::chrono::milliseconds patience) const;

  // Stops the run at its next statement.
  void cancel() { cancelled_ = true; }

 private:
  void record();
  void stepRecorded(std::uint64_t recorded);

  std::shared_ptr<const LessonFile> lesson_;
  RecordOptions options_;
  Timeline timeline_;
  std::atomic<bool> cancelled_ = false;
  // The recorder's thread tells a waiter only once a step it waits for is recorded, so
  // that the other steps cost it no lock: it stores the count, then reads what is
  // awaited, while a waiter stores what it awaits, then reads the count.
  std::atomic<std::uint64_t> recorded_ = 0;
  mutable std::atomic<std::uint64_t> awaited_ = kNothingAwaited;
  static constexpr std::uint64_t kNothingAwaited = UINT64_MAX;
  mutable std::mutex mutex_;
  mutable std::condition_variable progress_;
  std::optional<RecordedEnd> end_;  // guarded by mutex_
  mutable int stepWaiters_ = 0;     // guarded by mutex_
  std::thread thread_;
};

}  // namespace reachable
