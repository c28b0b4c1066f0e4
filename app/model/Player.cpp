#include "Player.h"

#include <algorithm>
#include <iterator>

namespace reachable {

Player::Player(std::uint64_t stepCount) : stepCount_(std::max<std::uint64_t>(stepCount, 1)) {}

void Player::setStepCount(std::uint64_t stepCount) {
  stepCount_ = std::max<std::uint64_t>(stepCount, 1);
  const std::uint64_t kept = std::min(step(), lastStep());
  transition_ = {kept, kept, 1.0};
  if (kept == lastStep()) playing_ = false;
}

void Player::togglePlay() {
  if (playing_) {
    playing_ = false;
    return;
  }
  // Play at the end means "show it again from the beginning".
  if (step() == lastStep()) jumpTo(0);
  playing_ = step() < lastStep();
  stillSeconds_ = 0;
}

void Player::stepForward() {
  playing_ = false;
  if (step() < lastStep())
    animateTo(step() + 1);
  else
    settle();
}

void Player::stepBack() {
  playing_ = false;
  if (step() > 0)
    animateTo(step() - 1);
  else
    settle();
}

void Player::jumpTo(std::uint64_t step) {
  const std::uint64_t target = std::min(step, lastStep());
  transition_ = {target, target, 1.0};
  if (target == lastStep()) playing_ = false;
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
  if (stillSeconds_ < kPauseSeconds) return;
  stillSeconds_ = 0;
  animateTo(step() + 1);
  if (step() == lastStep()) playing_ = false;
}

void Player::animateTo(std::uint64_t step) { transition_ = {this->step(), step, 0.0}; }

}  // namespace reachable
