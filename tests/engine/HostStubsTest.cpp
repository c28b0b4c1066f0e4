#include "engine/HostStubs.h"

#include <gtest/gtest.h>

#include "ProgramRunner.h"
#include "engine/EventLoop.h"

namespace reachable {
namespace {

const HostStub kImage{"loadImage", "image", 500'000, false, 0};
const HostStub kDownload{"downloadImage", "download", 2'000'000, true, 100};

TEST(HostStubs, ReturnANewLabelledObjectThatWeighsItsBytes) {
  ProgramRunner runner;
  installHostStubs(runner.engine, std::array{kImage});
  const std::size_t before = runner.engine.heap().bytes();
  runner.run(
      "globalThis.image = loadImage('a.png');\n"
      "console.log(image, image === loadImage('a.png'), typeof loadImage);\n");
  EXPECT_EQ(runner.console.out, "{} false function\n");
  const HeapCell& image = runner.global("image");
  EXPECT_EQ(image.kind, CellKind::Object);
  ASSERT_NE(runner.engine.heap().label(image.id), nullptr);
  EXPECT_EQ(*runner.engine.heap().label(image.id), "image");
  EXPECT_GE(image.accountedBytes, 500'000u);
  EXPECT_GE(runner.engine.heap().bytes(), before + 2 * 500'000);
}

TEST(HostStubs, WeightGoesWithTheObject) {
  ProgramRunner runner;
  installHostStubs(runner.engine, std::array{kImage});
  runner.run("let image = loadImage();\nimage = null;\ngc();\n");
  EXPECT_LT(runner.engine.heap().bytes(), 500'000u);
}

TEST(HostStubs, AsyncStubSettlesAfterItsDelayOnTheVirtualClock) {
  ProgramRunner runner;
  installHostStubs(runner.engine, std::array{kDownload});
  runner.run(
      "setTimeout(() => console.log('timer 50'), 50);\n"
      "const pending = downloadImage('b.png');\n"
      "console.log(pending);\n"
      "pending.then((image) => console.log('image', image));\n"
      "setTimeout(() => console.log('timer 150'), 150);\n");
  EXPECT_EQ(runner.console.out, "Promise { <pending> }\ntimer 50\nimage {}\ntimer 150\n");
  EXPECT_EQ(runner.engine.eventLoop().now(), 150);
}

TEST(HostStubs, AwaitedStubGivesTheLabelledObject) {
  ProgramRunner runner;
  installHostStubs(runner.engine, std::array{kDownload});
  runner.run("globalThis.image = await downloadImage();\n");
  EXPECT_EQ(*runner.engine.heap().label(runner.global("image").id), "download");
  EXPECT_EQ(runner.engine.eventLoop().now(), 100);
}

}  // namespace
}  // namespace reachable
