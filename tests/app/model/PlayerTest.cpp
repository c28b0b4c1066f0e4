#include "Player.h"

#include <gtest/gtest.h>

namespace reachable {
namespace {

TEST(PlayerTest, StartsAtStepZeroPausedAndSettled) {
  const Player player(10);
  EXPECT_EQ(player.step(), 0u);
  EXPECT_EQ(player.lastStep(), 9u);
  EXPECT_FALSE(player.playing());
  EXPECT_FALSE(player.moving());
}

TEST(PlayerTest, AStepForwardAnimatesFromTheStepBefore) {
  Player player(10);
  player.stepForward();
  EXPECT_EQ(player.step(), 1u);
  EXPECT_EQ(player.transition().from, 0u);
  EXPECT_EQ(player.transition().progress, 0.0);
  EXPECT_TRUE(player.moving());
  player.advance(Player::kAnimationSeconds / 2);
  EXPECT_NEAR(player.transition().progress, 0.5, 1e-9);
  player.advance(Player::kAnimationSeconds);
  EXPECT_TRUE(player.transition().settled());
  EXPECT_FALSE(player.moving());
}

TEST(PlayerTest, SteppingDuringAnAnimationSkipsItToItsEnd) {
  Player player(10);
  player.stepForward();
  player.advance(Player::kAnimationSeconds / 4);
  player.stepForward();
  EXPECT_EQ(player.step(), 2u);
  EXPECT_EQ(player.transition().from, 1u);  // from where the first animation would have ended
}

TEST(PlayerTest, StepsBackAndStopsAtTheEnds) {
  Player player(3);
  player.stepBack();
  EXPECT_EQ(player.step(), 0u);
  EXPECT_TRUE(player.transition().settled());
  player.toEnd();
  player.stepForward();
  EXPECT_EQ(player.step(), 2u);
  player.stepBack();
  EXPECT_EQ(player.step(), 1u);
  EXPECT_EQ(player.transition().from, 2u);
}

TEST(PlayerTest, JumpsLandAtOnce) {
  Player player(100);
  player.jumpTo(40);
  EXPECT_EQ(player.step(), 40u);
  EXPECT_TRUE(player.transition().settled());
  player.toEnd();
  EXPECT_EQ(player.step(), 99u);
  player.toStart();
  EXPECT_EQ(player.step(), 0u);
  player.jumpTo(1000);
  EXPECT_EQ(player.step(), 99u);
}

TEST(PlayerTest, PlayingWalksEveryStepThenStopsAtTheEnd) {
  Player player(4);
  player.togglePlay();
  EXPECT_TRUE(player.playing());
  for (int frame = 0; frame < 1000 && player.moving(); ++frame) player.advance(1.0 / 60);
  EXPECT_EQ(player.step(), 3u);
  EXPECT_FALSE(player.playing());
  EXPECT_FALSE(player.moving());
}

TEST(PlayerTest, PlayShowsEachStepForAnAnimationAndAPause) {
  Player player(10);
  player.togglePlay();
  player.advance(Player::kPauseSeconds - 0.01);
  EXPECT_EQ(player.step(), 0u);
  player.advance(0.02);
  EXPECT_EQ(player.step(), 1u);
  player.advance(Player::kAnimationSeconds);
  player.advance(Player::kPauseSeconds);
  EXPECT_EQ(player.step(), 2u);
}

// One clock: a step whose picture takes longer than the player's own animation (a
// mark spreading over many objects) is shown whole before the pause and the next step.
TEST(PlayerTest, PlayWaitsForThePictureToFinishItsStep) {
  Player player(10);
  player.togglePlay();
  player.advance(Player::kPauseSeconds + 0.01);
  ASSERT_EQ(player.step(), 1u);
  player.advance(Player::kAnimationSeconds + 0.01);
  for (int frame = 0; frame < 100; ++frame) player.advance(0.1, true);
  EXPECT_EQ(player.step(), 1u) << "the picture still moves";
  player.advance(Player::kPauseSeconds / 2);
  EXPECT_EQ(player.step(), 1u) << "then the pause";
  player.advance(Player::kPauseSeconds / 2 + 0.01);
  EXPECT_EQ(player.step(), 2u);
}

TEST(PlayerTest, FasterSpeedPlaysInLessTime) {
  Player player(10);
  player.setSpeed(2.0);
  player.togglePlay();
  player.advance(Player::kPauseSeconds / 2 + 0.001);
  EXPECT_EQ(player.step(), 1u);
}

TEST(PlayerTest, PlayAtTheEndStartsAgainFromTheBeginning) {
  Player player(5);
  player.toEnd();
  player.togglePlay();
  EXPECT_EQ(player.step(), 0u);
  EXPECT_TRUE(player.playing());
  player.togglePlay();
  EXPECT_FALSE(player.playing());
}

TEST(PlayerTest, SteppingPauses) {
  Player player(5);
  player.togglePlay();
  player.stepForward();
  EXPECT_FALSE(player.playing());
}

TEST(PlayerTest, ARunWithOneStepCannotPlay) {
  Player player(1);
  player.togglePlay();
  EXPECT_FALSE(player.playing());
  EXPECT_FALSE(player.moving());
}

TEST(PlayerTest, ANewRecordingKeepsTheStepWhereItStillExists) {
  Player player(20);
  player.jumpTo(12);
  player.landOn(player.step());
  player.setRecorded(30, true);
  EXPECT_EQ(player.step(), 12u);
  player.landOn(player.step());
  player.setRecorded(8, true);
  EXPECT_EQ(player.step(), 7u);
  EXPECT_TRUE(player.transition().settled());
}

// While the new recording has not reached the learner's step, the latest step shows.
TEST(PlayerTest, ANewRecordingLandsOnTheStepOnceItIsRecorded) {
  Player player(100);
  player.landOn(40);
  player.setRecorded(5, false);
  EXPECT_EQ(player.step(), 4u);
  player.setRecorded(30, false);
  EXPECT_EQ(player.step(), 29u);
  player.setRecorded(60, false);
  EXPECT_EQ(player.step(), 40u);
  player.setRecorded(90, false);
  EXPECT_EQ(player.step(), 40u) << "landed, it stays";
}

TEST(PlayerTest, AMoveOfTheLearnersForgetsWhereANewRecordingWouldLand) {
  Player player(100);
  player.landOn(40);
  player.setRecorded(5, false);
  player.toStart();
  player.setRecorded(60, false);
  EXPECT_EQ(player.step(), 0u);
}

TEST(PlayerTest, PlayingWaitsAtTheLastStepRecordedUntilTheNextComes) {
  Player player;
  player.setRecorded(3, false);
  player.togglePlay();
  for (int frame = 0; frame < 600; ++frame) player.advance(1.0 / 60);
  EXPECT_EQ(player.step(), 2u);
  EXPECT_TRUE(player.playing()) << "it waits";
  EXPECT_FALSE(player.moving()) << "nothing to draw while it waits";
  player.setRecorded(5, false);
  for (int frame = 0; frame < 600; ++frame) player.advance(1.0 / 60);
  EXPECT_EQ(player.step(), 4u);
  EXPECT_TRUE(player.playing());
  player.setRecorded(5, true);
  EXPECT_FALSE(player.playing()) << "the run is whole: playing ends";
}

TEST(PlayerTest, TheEndIsTheLastStepRecordedSoFar) {
  Player player;
  player.setRecorded(50, false);
  player.toEnd();
  EXPECT_EQ(player.step(), 49u);
  player.setRecorded(80, false);
  EXPECT_EQ(player.step(), 49u);
  player.togglePlay();
  EXPECT_EQ(player.step(), 49u) << "play goes on as the steps come, not from the start";
  EXPECT_TRUE(player.playing());
}

TEST(PlayerTest, SpeedCyclesThroughItsLevels) {
  Player player;
  EXPECT_EQ(player.speed(), 1.0);
  player.nextSpeed();
  EXPECT_EQ(player.speed(), 2.0);
  player.nextSpeed();
  EXPECT_EQ(player.speed(), 4.0);
  player.nextSpeed();
  EXPECT_EQ(player.speed(), 0.25);
  player.setSpeed(100);
  EXPECT_EQ(player.speed(), 4.0);
}

}  // namespace
}  // namespace reachable
