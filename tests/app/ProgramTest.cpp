// Runs the real `reachable` program as a user would, on a private X server, and checks
// its exit codes, its pictures and where it keeps its settings.
#include "Style.h"
#include "Subprocess.h"
#include "VirtualDisplay.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <stb_image.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string_view>

namespace reachable {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

fs::path makeTemporaryDirectory() {
  std::string pattern = (fs::temp_directory_path() / "reachable-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a temporary directory");
  return pattern;
}

struct Size {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  friend bool operator==(const Size&, const Size&) = default;
};

std::ostream& operator<<(std::ostream& out, const Size& size) { return out << size.width << 'x' << size.height; }

std::uint32_t bigEndian(const unsigned char* bytes) {
  return std::uint32_t{bytes[0]} << 24 | std::uint32_t{bytes[1]} << 16 | std::uint32_t{bytes[2]} << 8 | bytes[3];
}

// The size a PNG file declares in its header chunk (IHDR), which must come first.
std::optional<Size> pngHeaderSize(const fs::path& path) {
  std::array<unsigned char, 24> header{};
  std::ifstream file(path, std::ios::binary);
  if (!file.read(reinterpret_cast<char*>(header.data()), header.size())) return std::nullopt;
  constexpr std::array<unsigned char, 8> signature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (!std::equal(signature.begin(), signature.end(), header.begin()) ||
      std::string_view(reinterpret_cast<const char*>(&header[12]), 4) != "IHDR")
    return std::nullopt;
  return Size{bigEndian(&header[16]), bigEndian(&header[20])};
}

// A PNG file decoded to RGB, or empty when it cannot be read.
struct Picture {
  int width = 0;
  int height = 0;
  std::unique_ptr<unsigned char, void (*)(void*)> pixels{nullptr, &stbi_image_free};

  explicit Picture(const fs::path& path) {
    int channels = 0;
    pixels.reset(stbi_load(path.string().c_str(), &width, &height, &channels, 3));
  }
  const unsigned char* at(int x, int y) const { return pixels.get() + (static_cast<std::size_t>(y) * width + x) * 3; }
};

// How many different colours the decoded picture holds; a blank picture has one.
std::size_t distinctColours(const fs::path& path) {
  const Picture picture(path);
  if (!picture.pixels) return 0;
  std::set<std::uint32_t> colours;
  for (int y = 0; y < picture.height; ++y) {
    for (int x = 0; x < picture.width; ++x) {
      const unsigned char* p = picture.at(x, y);
      colours.insert(std::uint32_t{p[0]} << 16 | std::uint32_t{p[1]} << 8 | p[2]);
    }
  }
  return colours.size();
}

struct Rgb {
  int red = 0;
  int green = 0;
  int blue = 0;
  friend bool operator==(const Rgb&, const Rgb&) = default;
};

// The colours the program draws with: its Style, for a theme named as --theme names it.
Rgb rgbOf(ImU32 c) {
  return Rgb{static_cast<int>(c & 0xFF), static_cast<int>((c >> 8) & 0xFF), static_cast<int>((c >> 16) & 0xFF)};
}

Style styleOf(std::string_view theme) { return Style::forTheme(parseTheme(theme).value(), 1); }

std::ostream& operator<<(std::ostream& out, const Rgb& c) {
  return out << "rgb(" << c.red << ", " << c.green << ", " << c.blue << ")";
}

// The colour of one pixel of a PNG file.
std::optional<Rgb> pixelAt(const fs::path& path, int x, int y) {
  const Picture picture(path);
  if (!picture.pixels || x >= picture.width || y >= picture.height) return std::nullopt;
  const unsigned char* p = picture.at(x, y);
  return Rgb{p[0], p[1], p[2]};
}

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool isEmptyDirectory(const fs::path& path) { return fs::is_directory(path) && fs::is_empty(path); }

class ProgramTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = makeTemporaryDirectory();
    for (const auto& directory : {work(), configHome(), home()}) fs::create_directory(directory);
  }

  void TearDown() override { fs::remove_all(root_); }

  fs::path work() const { return root_ / "work"; }
  fs::path configHome() const { return root_ / "config"; }
  fs::path home() const { return root_ / "home"; }

  // Only what the program should look at: no desktop, no settings of the person testing.
  std::map<std::string, std::string> environment() const {
    return {{"HOME", home().string()}, {"XDG_CONFIG_HOME", configHome().string()}};
  }

  // Mesa's llvmpipe leaks at exit from libraries it has already unloaded, which
  // LeakSanitizer can neither name nor suppress; tests without OpenGL still check leaks.
  std::map<std::string, std::string> environmentWithDisplay() const {
    auto variables = environment();
    variables["DISPLAY"] = sharedDisplayName();
    variables["ASAN_OPTIONS"] = "detect_leaks=0";
    return variables;
  }

  ProcessResult reachable(std::vector<std::string> arguments,
                          const std::map<std::string, std::string>& variables) const {
    arguments.insert(arguments.begin(), REACHABLE_EXECUTABLE);
    return runProcess(arguments, variables, work());
  }

  ProcessResult reachableOnDisplay(std::vector<std::string> arguments) const {
    return reachable(std::move(arguments), environmentWithDisplay());
  }

  fs::path writeWorkFile(const std::string& name, std::string_view text) const {
    std::ofstream(work() / name, std::ios::binary) << text;
    return work() / name;
  }

 private:
  fs::path root_;
};

TEST_F(ProgramTest, HelpPrintsUsageAndSucceeds) {
  const auto result = reachable({"--help"}, environment());
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_THAT(result.output, HasSubstr("Usage: reachable"));
  EXPECT_THAT(result.output, HasSubstr("--screenshot OUT.png"));
}

TEST_F(ProgramTest, DrawsTheRequestedFramesAndExits) {
  const auto result = reachableOnDisplay({"--frames", "3"});
  EXPECT_EQ(result.exitCode, 0) << result.errors;
}

TEST_F(ProgramTest, KeepsSettingsInXdgConfigHomeNotInTheWorkingFolder) {
  const auto result = reachableOnDisplay({"--frames", "3"});
  ASSERT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_TRUE(fs::is_regular_file(configHome() / "reachable" / "imgui.ini"));
  EXPECT_FALSE(fs::exists(work() / "imgui.ini"));
  EXPECT_TRUE(isEmptyDirectory(work()));
}

TEST_F(ProgramTest, KeepsSettingsUnderHomeWhenXdgConfigHomeIsUnset) {
  auto variables = environmentWithDisplay();
  variables.erase("XDG_CONFIG_HOME");
  const auto result = reachable({"--frames", "2"}, variables);
  ASSERT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_TRUE(fs::is_regular_file(home() / ".config" / "reachable" / "imgui.ini"));
  EXPECT_TRUE(isEmptyDirectory(work()));
}

TEST_F(ProgramTest, ScreenshotHasTheDefaultSize) {
  const auto result = reachableOnDisplay({"--screenshot", "shot.png"});
  ASSERT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_EQ(pngHeaderSize(work() / "shot.png"), (Size{1280, 800}));
}

// Larger than the virtual screen (1280x1024) on purpose: the picture must not depend on it.
TEST_F(ProgramTest, ScreenshotHasTheRequestedSize) {
  const auto result = reachableOnDisplay({"--size", "1500x1100", "--screenshot", "shot.png"});
  ASSERT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_EQ(pngHeaderSize(work() / "shot.png"), (Size{1500, 1100}));
}

TEST_F(ProgramTest, ScreenshotShowsMoreThanABackground) {
  const auto result = reachableOnDisplay({"--screenshot", "shot.png", "--size", "640x360"});
  ASSERT_EQ(result.exitCode, 0) << result.errors;
  ASSERT_EQ(pngHeaderSize(work() / "shot.png"), (Size{640, 360}));
  // A panel with anti-aliased text brings dozens of shades; a blank or flat frame has a few.
  EXPECT_GT(distinctColours(work() / "shot.png"), 16u);
}

TEST_F(ProgramTest, ScreenshotNeverWritesSettings) {
  const auto result = reachableOnDisplay({"--screenshot", "shot.png", "--size", "320x200"});
  ASSERT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_FALSE(fs::exists(configHome() / "reachable" / "imgui.ini"));
  EXPECT_FALSE(fs::exists(work() / "imgui.ini"));
}

TEST_F(ProgramTest, UnwritableScreenshotFailsWithAMessage) {
  const auto result = reachableOnDisplay({"--screenshot", (work() / "missing" / "shot.png").string()});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_THAT(result.errors, HasSubstr("cannot write"));
}

// Ctrl+E's picture: the heap view alone, smaller than the window, and at 2× for slides
// the same picture with twice the pixels each way.
TEST_F(ProgramTest, TheHeapPictureIsTheHeapViewAloneAtOneOrTwoTimes) {
  const auto once = reachableOnDisplay({"--step", "4", "--export-heap", "heap.png"});
  ASSERT_EQ(once.exitCode, 0) << once.errors;
  const auto size = pngHeaderSize(work() / "heap.png");
  ASSERT_TRUE(size);
  EXPECT_LT(size->width, 1280u);
  EXPECT_LT(size->height, 800u);
  EXPECT_GT(size->width, 400u);
  EXPECT_GT(distinctColours(work() / "heap.png"), 16u);
  const auto twice = reachableOnDisplay({"--step", "4", "--export-heap", "heap2.png", "--export-scale", "2"});
  ASSERT_EQ(twice.exitCode, 0) << twice.errors;
  const auto doubled = pngHeaderSize(work() / "heap2.png");
  ASSERT_TRUE(doubled);
  EXPECT_NEAR(doubled->width, 2.0 * size->width, 1.0);
  EXPECT_NEAR(doubled->height, 2.0 * size->height, 1.0);
}

TEST_F(ProgramTest, AnUnwritableHeapPictureFailsWithAMessage) {
  const auto result = reachableOnDisplay({"--export-heap", (work() / "missing" / "heap.png").string()});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_THAT(result.errors, HasSubstr("cannot write"));
}

// Between the panels, at the left edge, only the window's background shows.
constexpr int kBackgroundX = 3;
constexpr int kBackgroundY = 300;

TEST_F(ProgramTest, EachThemeHasItsOwnBackground) {
  std::map<std::string, Rgb> backgrounds;
  for (const std::string theme : {"light", "dark", "tutorial"}) {
    const auto result = reachableOnDisplay({"--theme", theme, "--screenshot", theme + ".png"});
    ASSERT_EQ(result.exitCode, 0) << result.errors;
    backgrounds[theme] = pixelAt(work() / (theme + ".png"), kBackgroundX, kBackgroundY).value_or(Rgb{});
  }
  for (const auto& [theme, background] : backgrounds) {
    EXPECT_EQ(background, rgbOf(styleOf(theme).background)) << theme;
  }
}

TEST_F(ProgramTest, OpensAProgramFileFromTheCommandLine) {
  writeWorkFile("mine.mjs", "let user = { name: 'John' };\nuser = null;\n");
  const auto result = reachableOnDisplay({"mine.mjs", "--step", "end", "--screenshot", "shot.png"});
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_GT(distinctColours(work() / "shot.png"), 16u);
}

TEST_F(ProgramTest, AFileWithErrorsSaysWhereAndStillDrawsAPicture) {
  writeWorkFile("broken.json", "{\n  \"title\": \"Broken\",\n  \"program\": [\"let a = {};\", \"let = 3;\"]\n}\n");
  const auto result = reachableOnDisplay({"broken.json", "--screenshot", "shot.png"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_THAT(result.errors, HasSubstr("broken.json:2:5: error: SyntaxError"));
  EXPECT_EQ(pngHeaderSize(work() / "shot.png"), (Size{1280, 800}));
}

TEST_F(ProgramTest, AMissingFileIsAnError) {
  const auto result = reachableOnDisplay({"missing.json", "--screenshot", "shot.png"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_THAT(result.errors, HasSubstr("missing.json: error: cannot read"));
  EXPECT_THAT(result.errors, HasSubstr("No such file or directory"));
}

TEST_F(ProgramTest, TheFirstAndTheLastStepLookDifferent) {
  ASSERT_EQ(reachableOnDisplay({"--step", "0", "--screenshot", "first.png"}).exitCode, 0);
  ASSERT_EQ(reachableOnDisplay({"--step", "end", "--screenshot", "last.png"}).exitCode, 0);
  EXPECT_NE(readFile(work() / "first.png"), readFile(work() / "last.png"));
}

// What the heap view must show, read from its pixels: the heap panel's upper part
// (the legend, which shows every style, sits in its lower left corner).
constexpr int kHeapLeft = 390, kHeapRight = 930, kHeapTop = 80, kHeapBottom = 540;

std::size_t heapPixelsNear(const fs::path& path, Rgb colour, int tolerance = 10) {
  const Picture picture(path);
  if (!picture.pixels) return 0;
  std::size_t count = 0;
  for (int y = kHeapTop; y < std::min(kHeapBottom, picture.height); ++y) {
    for (int x = kHeapLeft; x < std::min(kHeapRight, picture.width); ++x) {
      const unsigned char* p = picture.at(x, y);
      if (std::abs(p[0] - colour.red) <= tolerance && std::abs(p[1] - colour.green) <= tolerance &&
          std::abs(p[2] - colour.blue) <= tolerance)
        ++count;
    }
  }
  return count;
}

std::string scenario(const std::string& name) { return std::string(REACHABLE_SCENARIOS) + "/" + name; }

const Rgb kLightWeakArrow = rgbOf(styleOf("light").weak);
const Rgb kLightGhost = rgbOf(styleOf("light").heap.ghost);

TEST_F(ProgramTest, WeakArrowsShowInAWeakRefLessonAndNotAtTheStartOfTheDefault) {
  ASSERT_EQ(reachableOnDisplay({"--step", "0", "--screenshot", "start.png"}).exitCode, 0);
  ASSERT_EQ(reachableOnDisplay({scenario("weakref-basics.json"), "--step", "2", "--screenshot", "weak.png"}).exitCode,
            0);
  EXPECT_EQ(heapPixelsNear(work() / "start.png", kLightWeakArrow), 0u);
  EXPECT_GT(heapPixelsNear(work() / "weak.png", kLightWeakArrow), 20u);
}

TEST_F(ProgramTest, AnObjectNothingReachesIsDrawnAsAGhost) {
  // The default lesson: step 1 makes { name: "John" }, step 3 drops the only reference.
  ASSERT_EQ(reachableOnDisplay({"--step", "1", "--screenshot", "held.png"}).exitCode, 0);
  ASSERT_EQ(reachableOnDisplay({"--step", "3", "--screenshot", "ghost.png"}).exitCode, 0);
  EXPECT_GT(heapPixelsNear(work() / "ghost.png", kLightGhost, 2),
            heapPixelsNear(work() / "held.png", kLightGhost, 2) + 100);
}

TEST_F(ProgramTest, ACollectedObjectIsAGhostAtTheSweepAndGoneAfter) {
  // The default lesson collects at steps 5 to 8: mark, clear, sweep, queue cleanup.
  ASSERT_EQ(reachableOnDisplay({"--step", "7", "--screenshot", "sweep.png"}).exitCode, 0);
  ASSERT_EQ(reachableOnDisplay({"--step", "8", "--screenshot", "after.png"}).exitCode, 0);
  EXPECT_GT(heapPixelsNear(work() / "sweep.png", kLightGhost, 2),
            heapPixelsNear(work() / "after.png", kLightGhost, 2) + 100);
}

// Each for…of leaves its iterator, garbage once the loop is over: the engine's. (The
// { value, done } objects of an array's iterator are never made: IteratorTurn.)
constexpr std::string_view kForOf =
    "const items = [{ id: 1 }, { id: 2 }, { id: 3 }];\nlet total = 0;\n"
    "for (const item of items) total += item.id;\nfor (const item of items) total -= item.id;\n"
    "console.log(total);\n";

// At the end, the module's variables still hold what it made.
TEST_F(ProgramTest, TheEnginesObjectsAreHiddenUnlessAskedFor) {
  writeWorkFile("loop.mjs", kForOf);
  ASSERT_EQ(reachableOnDisplay({"loop.mjs", "--step", "end", "--dump-view", "hidden.json"}).exitCode, 0);
  ASSERT_EQ(reachableOnDisplay({"loop.mjs", "--step", "end", "--engine-objects", "--dump-view", "shown.json"}).exitCode,
            0);
  const auto engineCards = [&](const char* file) {
    std::ifstream in(work() / file);
    const nlohmann::json dump = nlohmann::json::parse(in);
    std::size_t count = 0;
    for (const auto& card : dump["cards"])
      if (card["title"].get<std::string>().ends_with("\xC2\xB7 engine")) {
        ++count;
        EXPECT_TRUE(card["inside"].get<bool>()) << card["title"];
      }
    return std::pair{count, dump["hidden"]["objects"].get<std::size_t>()};
  };
  const auto [hiddenCards, hiddenCount] = engineCards("hidden.json");
  const auto [shownCards, shownHidden] = engineCards("shown.json");
  EXPECT_EQ(hiddenCards, 0u);
  EXPECT_GE(hiddenCount, 2u) << "the two iterators, counted";
  EXPECT_GE(shownCards, 2u);
  EXPECT_EQ(shownHidden, 0u);
}

// Thirty objects of one line gone to garbage take a card, as one would.
TEST_F(ProgramTest, GarbageOfOneLinePilesIntoOneCard) {
  writeWorkFile("one.mjs", "{\n  const temp = { index: 0 };\n}\nlet done = true;\n");
  writeWorkFile("many.mjs", "for (let i = 0; i < 30; i++) {\n  const temp = { index: i };\n}\nlet done = true;\n");
  ASSERT_EQ(reachableOnDisplay({"one.mjs", "--step", "end", "--screenshot", "one.png"}).exitCode, 0);
  ASSERT_EQ(reachableOnDisplay({"many.mjs", "--step", "end", "--screenshot", "many.png"}).exitCode, 0);
  const std::size_t one = heapPixelsNear(work() / "one.png", kLightGhost, 2);
  const std::size_t many = heapPixelsNear(work() / "many.png", kLightGhost, 2);
  EXPECT_GT(one, 100u);
  EXPECT_LT(many, 3 * one);
}

TEST_F(ProgramTest, EachThemeGivesCardsItsOwnFill) {
  std::map<std::string, Rgb> fills;
  for (const std::string theme : {"light", "dark", "tutorial"}) fills[theme] = rgbOf(styleOf(theme).heap.cardFill);
  for (const auto& [theme, fill] : fills) {
    ASSERT_EQ(reachableOnDisplay({"--step", "1", "--theme", theme, "--screenshot", theme + ".png"}).exitCode, 0);
    EXPECT_GT(heapPixelsNear(work() / (theme + ".png"), fill, 1), 2000u) << theme;
  }
  EXPECT_LT(heapPixelsNear(work() / "dark.png", fills.at("tutorial"), 1), 100u);
  EXPECT_LT(heapPixelsNear(work() / "light.png", fills.at("dark"), 1), 100u);
}

TEST_F(ProgramTest, AStepBeyondTheRunShowsTheLastAndSaysSo) {
  const auto result = reachableOnDisplay({"--step", "100000", "--screenshot", "shot.png"});
  EXPECT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_THAT(result.errors, HasSubstr("step 100000 does not exist"));
}

TEST_F(ProgramTest, BenchFramesPrintsBuildAndWholeFrameTimesApart) {
  const auto result = reachableOnDisplay({"--bench-frames", "5", "--size", "640x400"});
  ASSERT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_THAT(result.output, HasSubstr("frame build (CPU): median "));
  EXPECT_THAT(result.output, HasSubstr("whole frame: median "));
  EXPECT_THAT(result.output, HasSubstr("over 5 frames"));
  EXPECT_TRUE(isEmptyDirectory(work()));
}

// A loop of 250,000 turns: three-quarters of a million steps, recorded in a second or
// two, far longer than a frame.
constexpr std::string_view kLongRun =
    "let total = 0;\nfor (let i = 0; i < 250000; i++) {\n  total += i;\n}\nconsole.log(total);\n";

std::uint64_t stepsOnTheScrubber(const fs::path& dump) {
  std::ifstream in(dump);
  return nlohmann::json::parse(in)["step"]["last"].get<std::uint64_t>() + 1;
}

// Opened as the window opens it, a long run's first step is drawn while the rest is
// still recorded, and the scrubber then grows to hold the run the pictures wait for.
TEST_F(ProgramTest, ALongRunShowsItsFirstStepWhileItRecordsThenTheScrubberHoldsItAll) {
  writeWorkFile("long.mjs", kLongRun);
  const auto opened = reachableOnDisplay({"long.mjs", "--bench-open", "--size", "800x500"});
  ASSERT_EQ(opened.exitCode, 0) << opened.errors;
  std::smatch first;
  ASSERT_TRUE(std::regex_search(opened.output, first,
                                std::regex(R"(first step shown: \d+ ms after opening, (.*) \((\d+) steps? so far\))")))
      << opened.output;
  EXPECT_EQ(first[1], "while recording");
  std::smatch ended;
  ASSERT_TRUE(std::regex_search(opened.output, ended,
                                std::regex(R"(recording ended: \d+ ms after opening, (\d+) steps on the scrubber)")))
      << opened.output;
  const std::uint64_t firstSteps = std::stoull(first[2]);
  const std::uint64_t finalSteps = std::stoull(ended[1]);
  EXPECT_LT(firstSteps, finalSteps);
  ASSERT_EQ(reachableOnDisplay({"long.mjs", "--step", "end", "--dump-view", "end.json"}).exitCode, 0);
  EXPECT_EQ(finalSteps, stepsOnTheScrubber(work() / "end.json"));
  EXPECT_GT(finalSteps, 750'000u);
}

// A picture waits for the whole run, unless asked for as the window first shows it.
TEST_F(ProgramTest, APictureWhileRecordingShowsTheRunAsFarAsItIsRecorded) {
  writeWorkFile("long.mjs", kLongRun);
  ASSERT_EQ(reachableOnDisplay({"long.mjs", "--dump-view", "whole.json"}).exitCode, 0);
  const auto early = reachableOnDisplay({"long.mjs", "--while-recording", "--dump-view", "early.json"});
  ASSERT_EQ(early.exitCode, 0) << early.errors;
  std::ifstream in(work() / "early.json");
  const nlohmann::json dump = nlohmann::json::parse(in);
  EXPECT_TRUE(dump["step"]["recording"].get<bool>());
  EXPECT_LT(stepsOnTheScrubber(work() / "early.json"), stepsOnTheScrubber(work() / "whole.json"));
  std::ifstream wholeIn(work() / "whole.json");
  EXPECT_FALSE(nlohmann::json::parse(wholeIn)["step"]["recording"].get<bool>());
}

TEST_F(ProgramTest, RemembersTheThemeAndWindowSizeInTheSettingsFolder) {
  const auto result = reachableOnDisplay({"--frames", "2", "--theme", "tutorial", "--size", "900x700"});
  ASSERT_EQ(result.exitCode, 0) << result.errors;
  const std::string settings = readFile(configHome() / "reachable" / "settings.json");
  EXPECT_THAT(settings, HasSubstr("\"theme\": \"tutorial\""));
  EXPECT_THAT(settings, HasSubstr("\"width\": 900"));
  EXPECT_TRUE(isEmptyDirectory(work()));
}

TEST_F(ProgramTest, RemembersAFileOpenedAsRecent) {
  const auto file = writeWorkFile("mine.js", "let a = 1;\n");
  const auto result = reachableOnDisplay({"mine.js", "--frames", "2"});
  ASSERT_EQ(result.exitCode, 0) << result.errors;
  EXPECT_THAT(readFile(configHome() / "reachable" / "settings.json"), HasSubstr(file.string()));
}

class BadCommandLineTest : public ProgramTest, public ::testing::WithParamInterface<std::vector<std::string>> {};

TEST_P(BadCommandLineTest, PrintsUsageAndFailsWithTwo) {
  const auto result = reachable(GetParam(), environment());
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_THAT(result.errors, HasSubstr("Usage: reachable"));
  EXPECT_TRUE(result.output.empty());
  EXPECT_TRUE(isEmptyDirectory(work()));
}

INSTANTIATE_TEST_SUITE_P(
    Arguments, BadCommandLineTest,
    ::testing::Values(std::vector<std::string>{"--frobnicate"}, std::vector<std::string>{"a.json", "b.json"},
                      std::vector<std::string>{"--step", "next"}, std::vector<std::string>{"--step", "-1"},
                      std::vector<std::string>{"--theme", "neon"}, std::vector<std::string>{"--bench-frames", "0"},
                      std::vector<std::string>{"--bench-frames", "3", "--screenshot", "a.png"},
                      std::vector<std::string>{"--frames"}, std::vector<std::string>{"--frames", "0"},
                      std::vector<std::string>{"--frames", "three"}, std::vector<std::string>{"--size", "640"},
                      std::vector<std::string>{"--size", "0x480"},
                      std::vector<std::string>{"--size", "640x480px", "--screenshot", "a.png"},
                      std::vector<std::string>{"--frames", "3", "--screenshot", "a.png"},
                      std::vector<std::string>{"--export-scale", "3"},
                      std::vector<std::string>{"--frames", "3", "--export-heap", "a.png"},
                      std::vector<std::string>{"--while-recording"},
                      std::vector<std::string>{"--bench-open", "--screenshot", "a.png"}));

}  // namespace
}  // namespace reachable
