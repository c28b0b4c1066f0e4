#pragma once

#include <cstdint>
#include <optional>

namespace reachable {

// The move the view is showing: from one step's state to another's. At progress 1
// the view shows `to` as it is.
struct Transition {
  std::uint64_t from = 0;
  std::uint64_t to = 0;
  double progress = 1.0;  // 0 … 1

  bool settled() const { return progress >= 1.0; }
};

// Where the learner is in a recorded run, and whether it plays: the transport bar and
// the keyboard drive it, the frame clock advances it, the view reads its transition.
// Single steps animate; jumps (start, end, the scrubber) land at once. Any stepping
// action first finishes the running animation, so keys never wait for the picture.
// While the run is still being recorded the player moves within the steps recorded so
// far, and playing that reaches the last of them waits there for the next.
class Player {
 public:
  // Speeds the speed button cycles through, as multiples of the normal pace.
  static constexpr double kSpeeds[] = {0.25, 0.5, 1.0, 2.0, 4.0};

  explicit Player(std::uint64_t stepCount = 1);

  std::uint64_t step() const { return transition_.to; }
  std::uint64_t lastStep() const { return stepCount_ - 1; }
  bool playing() const { return playing_; }
  double speed() const { return speed_; }
  const Transition& transition() const { return transition_; }
  // True while the picture changes on its own, so the program must keep drawing (not
  // while playing waits for the recording's next step).
  bool moving() const { return !transition_.settled() || (playing_ && step() < lastStep()); }

  // How much of the run is recorded, and whether that is all of it.
  void setRecorded(std::uint64_t stepCount, bool complete);
  // A new recording of the run: shows `step` as soon as it is recorded (or the last
  // step, if the run ends before it), and meanwhile the latest step recorded. Any move
  // of the learner's forgets it.
  void landOn(std::uint64_t step);

  void togglePlay();
  void pause() { playing_ = false; }
  void stepForward();
  void stepBack();
  void toStart() { jumpTo(0); }
  // The last step recorded so far.
  void toEnd() { jumpTo(lastStep()); }
  void jumpTo(std::uint64_t step) {
    landing_.reset();
    show(step);
  }
  void setSpeed(double speed);
  void nextSpeed();
  // Finishes the running animation at once.
  void settle() { transition_.progress = 1.0; }

  // Moves the clock on by `seconds` of real time. `pictureMoving`: the heap view still
  // animates the step (its mark spreading, say), at the same speed: playing waits for
  // it before the pause that ends with the next step.
  void advance(double seconds, bool pictureMoving = false);

  // How long one step's animation lasts, and how long a played step stays still
  // before the next, at the normal pace.
  static constexpr double kAnimationSeconds = 0.6;
  static constexpr double kPauseSeconds = 0.5;

 private:
  void animateTo(std::uint64_t step);
  // Shows `step` (or the last recorded) at once.
  void show(std::uint64_t step);
  // Playing stops at the run's last step, once the run is recorded to its end.
  void stopAtTheEnd();

  std::uint64_t stepCount_ = 1;
  bool complete_ = true;                  // no more steps will be recorded
  std::optional<std::uint64_t> landing_;  // the step a new recording shows once it has it
  Transition transition_;
  bool playing_ = false;
  double speed_ = 1.0;
  double stillSeconds_ = 0;  // how long the settled picture has stood while playing
};

}  // namespace reachable
