#include "Player.h"

#include <algorithm>
#include <iterator>

namespace reachable {

Player::Player(std::uint64_t stepCount) : stepCount_(std::max<std::uint64_t>(stepCount, 1)) {}

void Player::setRecorded(std::uint64_t stepCount, bool complete) {
  stepCount_ = std::max<std::uint64_t>(stepCount, 1);
  complete_ = complete;
  if (landing_) {
    show(*landing_);
    if (*landing_ <= lastStep() || complete_) landing_.reset();
  } else if (step() > lastStep()) {
    show(lastStep());
  }
  stopAtTheEnd();
}

void Player::landOn(std::uint64_t step) {
  playing_ = false;
  landing_ = step;
  show(step);
}

void Player::togglePlay() {
  landing_.reset();
  if (playing_) {
    playing_ = false;
    return;
  }
  // Play at the end means "show it again from the beginning"; at the end of what is
  // recorded so far, it means "go on as the steps come".
  if (complete_ && step() == lastStep()) show(0);
  playing_ = step() < lastStep() || !complete_;
  stillSeconds_ = 0;
}

void Player::stepForward() {
  landing_.reset();
  playing_ = false;
  if (step() < lastStep())
    animateTo(step() + 1);
  else
    settle();
}

void Player::stepBack() {
  landing_.reset();
  playing_ = false;
  if (step() > 0)
    animateTo(step() - 1);
  else
    settle();
}

void Player::show(std::uint64_t step) {
  const std::uint64_t target = std::min(step, lastStep());
  transition_ = {target, target, 1.0};
  stopAtTheEnd();
}

void Player::stopAtTheEnd() {
  if (complete_ && step() == lastStep()) playing_ = false;
}

void Player::setSpeed(double speed) { speed_ = std::clamp(speed, std::begin(kSpeeds)[0], std::end(kSpeeds)[-1]); }

void Player::nextSpeed() {
  const auto* next = std::upper_bound(std::begin(kSpeeds), std::end(kSpeeds), speed_);
  speed_ = next == std::end(kSpeeds) ? kSpeeds[0] : *next;
}

void Player::advance(double seconds, bool pictureMoving) {
  const double scaled = std::max(seconds, 0.0) * speed_;
  if (!transition_.settled()) {
    transition_.progress = std::min(1.0, transition_.progress + scaled / kAnimationSeconds);
    return;
  }
  if (!playing_ || pictureMoving) return;
  stillSeconds_ += scaled;
  // At the last step recorded so far, playing waits for the next.
  if (stillSeconds_ < kPauseSeconds || step() == lastStep()) return;
  stillSeconds_ = 0;
  animateTo(step() + 1);
  stopAtTheEnd();
}

void Player::animateTo(std::uint64_t step) { transition_ = {this->step(), step, 0.0}; }

}  // namespace reachable
