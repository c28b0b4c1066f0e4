// Runs the real program with --dump-view on every bundled lesson and on graphs a
// learner might make, and checks what the heap view drew as a teacher would look at
// it: nothing cut off without a sign, type legible from the back of a room, arrows
// that never pass through a card, labels that never cover each other or a card, and
// cards that stay put from one step to the next.
#include "BundledLessons.h"
#include "Subprocess.h"
#include "VirtualDisplay.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <tuple>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace reachable {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr double kMinTextPixels = 12;
constexpr double kTolerance = 1.5;  // pixels: a line may graze a border it passes

struct Box {
  double x = 0, y = 0, w = 0, h = 0;
  static Box of(const json& r) { return {r["x"], r["y"], r["w"], r["h"]}; }
  Box shrunk(double by) const { return {x + by, y + by, w - 2 * by, h - 2 * by}; }
  bool overlaps(const Box& o) const { return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h; }
  bool contains(double px, double py) const { return px >= x && px <= x + w && py >= y && py <= y + h; }
};

// Whether the segment from a to b passes through the inside of `box` (Liang-Barsky).
bool crosses(double ax, double ay, double bx, double by, const Box& box) {
  double t0 = 0, t1 = 1;
  const double dx = bx - ax, dy = by - ay;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {ax - box.x, box.x + box.w - ax, ay - box.y, box.y + box.h - ay};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return false;
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) t0 = std::max(t0, t);
    else t1 = std::min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

// What a teacher would object to in one dumped frame, in words; empty when nothing.
std::vector<std::string> problems(const json& dump) {
  std::vector<std::string> found;
  std::size_t outside = 0, marked = 0;
  std::map<std::uint64_t, Box> cards;
  for (const json& card : dump["cards"]) {
    const std::string name = "card #" + std::to_string(card["serial"].get<std::uint64_t>()) + " " +
                             card["title"].get<std::string>();
    cards[card["serial"]] = Box::of(card["rect"]);
    if (!card["inside"].get<bool>()) ++outside;
    else if (card["textPixels"].get<double>() < kMinTextPixels)
      found.push_back(name + ": text " + std::to_string(card["textPixels"].get<double>()) + " px");
  }
  for (const json& marker : dump["offscreen"]) marked += marker["count"].get<std::size_t>();
  if (outside != marked)
    found.push_back(std::to_string(outside) + " cards outside the panel, " + std::to_string(marked) + " marked");
  if (marked > 0 && (!dump.contains("minimap") || dump["minimap"].is_null()))
    found.push_back("cards out of view, and no minimap to find them");
  std::vector<Box> roots;
  for (const json& root : dump["roots"]) roots.push_back(Box::of(root["rect"]));
  for (const json& arrow : dump["arrows"]) {
    const auto& line = arrow["polyline"];
    if (line.empty()) continue;
    const bool fromRoot = arrow["from"].contains("root");
    const std::uint64_t from = fromRoot ? 0 : arrow["from"]["serial"].get<std::uint64_t>();
    const std::uint64_t to = arrow["to"];
    const std::string name = (fromRoot ? arrow["from"]["root"].get<std::string>() : "#" + std::to_string(from)) +
                             " -> #" + std::to_string(to);
    std::vector<std::pair<std::string, Box>> obstacles;
    for (const auto& [serial, box] : cards)
      if (serial != from && serial != to) obstacles.emplace_back("card #" + std::to_string(serial), box);
    for (const Box& root : roots)
      if (!root.contains(line[0][0], line[0][1])) obstacles.emplace_back("a root box", root);
    for (std::size_t i = 1; i < line.size(); ++i)
      for (const auto& [what, box] : obstacles)
        if (crosses(line[i - 1][0], line[i - 1][1], line[i][0], line[i][1], box.shrunk(kTolerance))) {
          found.push_back("arrow " + name + " passes through " + what);
          i = line.size();
          break;
        }
  }
  const auto& labels = dump["labels"];
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const Box a = Box::of(labels[i]["rect"]);
    const std::string name = "label '" + labels[i]["text"].get<std::string>() + "'";
    for (std::size_t j = i + 1; j < labels.size(); ++j)
      if (a.shrunk(0.5).overlaps(Box::of(labels[j]["rect"])))
        found.push_back(name + " overlaps label '" + labels[j]["text"].get<std::string>() + "'");
    for (const auto& [serial, box] : cards)
      if (a.shrunk(0.5).overlaps(box)) found.push_back(name + " covers card #" + std::to_string(serial));
  }
  return found;
}

// The first few problems, and how many more: a broken layout can make thousands.
std::string join(const std::vector<std::string>& lines) {
  constexpr std::size_t kShown = 8;
  std::string text;
  for (std::size_t i = 0; i < lines.size() && i < kShown; ++i) text += "  " + lines[i] + "\n";
  if (lines.size() > kShown) text += "  … and " + std::to_string(lines.size() - kShown) + " more\n";
  return text;
}

class ViewDump {
 public:
  ViewDump() {
    std::string pattern = (fs::temp_directory_path() / "reachable-dump-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a temporary directory");
    root_ = pattern;
  }
  ~ViewDump() { fs::remove_all(root_); }
  ViewDump(const ViewDump&) = delete;
  ViewDump& operator=(const ViewDump&) = delete;

  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(root_ / name) << text;
    return root_ / name;
  }

  // What the frame of `step` ("end" for the last) drew at `size`.
  json of(const fs::path& file, const std::string& step, const std::string& size) const {
    const fs::path out = root_ / "dump.json";
    fs::remove(out);
    const std::map<std::string, std::string> environment{{"HOME", root_.string()},
                                                         {"XDG_CONFIG_HOME", root_.string()},
                                                         {"DISPLAY", sharedDisplayName()},
                                                         {"ASAN_OPTIONS", "detect_leaks=0"}};
    const ProcessResult result = runProcess(
        {REACHABLE_EXECUTABLE, file.string(), "--step", step, "--size", size, "--dump-view", out.string()},
        environment, root_);
    if (result.exitCode != 0) throw std::runtime_error("reachable failed: " + result.errors);
    std::ifstream in(out);
    return json::parse(in);
  }

 private:
  fs::path root_;
};

// Where a card is in the graph, undoing the camera: a camera that follows the live
// part of a heap larger than the panel moves every card on screen, not in the graph.
Box inGraph(const json& frame, const json& card) {
  const Box screen = Box::of(card["rect"]), panel = Box::of(frame["panel"]);
  const double zoom = frame["camera"]["zoom"];
  return {(screen.x - panel.x - frame["camera"]["x"].get<double>()) / zoom,
          (screen.y - panel.y - frame["camera"]["y"].get<double>()) / zoom, screen.w / zoom, screen.h / zoom};
}

// Cards present and reachable in both frames must not have moved in the graph, unless
// a new window of the layout begins between them.
std::vector<std::string> moved(const json& before, const json& after) {
  if (before["layout"]["window"] != after["layout"]["window"]) return {};
  std::map<std::uint64_t, Box> places;
  for (const json& card : before["cards"])
    if (card["reach"] != "unreachable") places[card["serial"]] = inGraph(before, card);
  std::vector<std::string> found;
  for (const json& card : after["cards"]) {
    const auto was = places.find(card["serial"]);
    if (was == places.end() || card["reach"] == "unreachable") continue;
    const Box now = inGraph(after, card);
    if (std::abs(now.x - was->second.x) > 0.5 || std::abs(now.y - was->second.y) > 0.5)
      found.push_back("card #" + std::to_string(was->first) + " moved");
  }
  return found;
}

const std::vector<std::string> kSizes{"1280x800", "1920x1080"};

class LessonDumpTest : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {};

TEST_P(LessonDumpTest, ReadsWholeAtItsFirstMiddleAndLastStepAndHoldsStill) {
  const auto& [lesson, size] = GetParam();
  const fs::path file = fs::path(REACHABLE_SCENARIOS) / (lesson + ".json");
  const ViewDump dump;
  const json last = dump.of(file, "end", size);
  const std::uint64_t end = last["step"]["last"];
  const std::string middle = std::to_string(end / 2);
  const json first = dump.of(file, "0", size), halfway = dump.of(file, middle, size);
  for (const auto& [step, frame] : std::vector<std::pair<std::string, const json*>>{
           {"0", &first}, {middle, &halfway}, {"end", &last}}) {
    const auto found = problems(*frame);
    EXPECT_TRUE(found.empty()) << "at step " << step << ":\n" << join(found);
    // At the end, with nothing reached, the camera once fitted the ended module's box
    // alone and pushed every card the step still shows out of view.
    const json& cards = (*frame)["cards"];
    EXPECT_TRUE(step != "end" || cards.empty() ||
                std::any_of(cards.begin(), cards.end(), [](const json& c) { return c["inside"].get<bool>(); }))
        << "at the end every card is out of view";
    // The code panel shows the line it marks.
    const json& code = (*frame)["code"];
    const std::uint32_t current = code["current"];
    if (current != 0) {
      EXPECT_TRUE(code["first"] <= current && current <= code["last"])
          << "at step " << step << " line " << current << " is out of view: " << code.dump();
    }
  }
  const auto shifted = moved(halfway, dump.of(file, std::to_string(end / 2 + 1), size));
  EXPECT_TRUE(shifted.empty()) << "from step " << middle << ":\n" << join(shifted);
}

std::string testName(const ::testing::TestParamInfo<std::tuple<std::string, std::string>>& info) {
  std::string name = std::get<0>(info.param) + "_" + std::get<1>(info.param);
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Bundled, LessonDumpTest,
                         ::testing::Combine(::testing::ValuesIn(bundledLessonNames(REACHABLE_SCENARIOS)), ::testing::ValuesIn(kSizes)),
                         testName);

// Programs of the shapes learners make, each ending with its heap alive.
const std::map<std::string, std::string> kLearnerPrograms{
    {"tree", "function node(v, l, r) { return { value: v, left: l, right: r }; }\n"
             "const t = node(1, node(2, node(4, node(8), node(9)), node(5, node(10), node(11))),\n"
             "  node(3, node(6, node(12), node(13)), node(7, node(14), node(15))));\n"
             "console.log(t.value);\n"},
    {"list", "const items = [];\nfor (let i = 0; i < 40; i++) items.push({ id: i });\nconsole.log(items.length);\n"},
    {"map", "const m = new Map();\nfor (let i = 0; i < 50; i++) m.set('k' + i, { id: i });\nconsole.log(m.size);\n"},
    {"cycle", "const a = { name: 'a' }; let n = a;\n"
              "for (let i = 1; i < 6; i++) { n.next = { name: 'n' + i }; n = n.next; }\n"
              "n.next = a;\nconsole.log(a.name);\n"},
    {"many", "const kept = [];\nfor (let i = 0; i < 2000; i++) kept.push({ id: i });\nconsole.log(kept.length);\n"},
};

std::vector<std::string> learnerProgramNames() {
  std::vector<std::string> names;
  for (const auto& [name, program] : kLearnerPrograms) names.push_back(name);
  return names;
}

class LearnerDumpTest : public ::testing::TestWithParam<std::tuple<std::string, std::string>> {};

TEST_P(LearnerDumpTest, ReadsWholeOrSaysWhatIsOutOfSight) {
  const auto& [name, size] = GetParam();
  const ViewDump dump;
  const fs::path file = dump.write(name + ".js", kLearnerPrograms.at(name));
  const auto found = problems(dump.of(file, "end", size));
  EXPECT_TRUE(found.empty()) << join(found);
}

INSTANTIATE_TEST_SUITE_P(Programs, LearnerDumpTest,
                         ::testing::Combine(::testing::ValuesIn(learnerProgramNames()), ::testing::ValuesIn(kSizes)),
                         testName);

// A scenario's view.panels: without the code panel, the narration has the left column
// and the heap is no narrower; without the left column the heap takes its room.
TEST(ScenarioPanelsTest, APanelTheScenarioLeavesOutGivesItsRoomAway) {
  const ViewDump dump;
  const auto scenario = [&](const std::string& name, const std::string& panels) {
    return dump.write(name, R"({"title": "t", "summary": "One object.", "program": "let user = { name: 'John' };", "view": {"panels": )" +
                                panels + "}}");
  };
  const json all = dump.of(scenario("all.json", R"(["code", "heap", "narration", "console"])"), "1", "1280x800");
  const json noCode = dump.of(scenario("no-code.json", R"(["heap", "narration"])"), "1", "1280x800");
  const json heapOnly = dump.of(scenario("heap.json", R"(["heap"])"), "1", "1280x800");
  EXPECT_EQ(all["code"]["current"], 1);
  EXPECT_EQ(noCode["code"]["current"], 0) << "no code panel drew the program";
  EXPECT_FALSE(noCode["narration"]["text"].get<std::string>().empty());
  EXPECT_EQ(noCode["panel"]["w"], all["panel"]["w"]);
  EXPECT_LT(heapOnly["panel"]["x"].get<double>(), all["panel"]["x"].get<double>() - 200);
  EXPECT_TRUE(heapOnly["narration"]["text"].get<std::string>().empty());
}

TEST(ViewDumpChecks, FindAnArrowThroughACardAndOverlappingLabels) {
  json dump = {{"cards", json::array()}, {"roots", json::array()}, {"arrows", json::array()},
               {"labels", json::array()}, {"offscreen", json::array()}};
  const auto rect = [](double x, double y, double w, double h) { return json{{"x", x}, {"y", y}, {"w", w}, {"h", h}}; };
  for (int serial : {1, 2, 3})
    dump["cards"].push_back({{"serial", serial}, {"title", "Object"}, {"rect", rect(serial * 200.0, 100, 100, 60)},
                             {"textPixels", 14}, {"inside", true}, {"reach", "strong"}});
  dump["arrows"].push_back({{"from", {{"serial", 1}, {"row", 0}}}, {"to", 3}, {"kind", "strong"},
                            {"polyline", json::array({json::array({300.0, 130.0}), json::array({600.0, 130.0})})}});
  dump["labels"].push_back({{"text", "weak"}, {"rect", rect(10, 10, 40, 16)}});
  dump["labels"].push_back({{"text", "weak"}, {"rect", rect(30, 12, 40, 16)}});
  const auto found = problems(dump);
  EXPECT_EQ(found.size(), 2u) << join(found);
}

}  // namespace
}  // namespace reachable
