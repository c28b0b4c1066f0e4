// Renders the heap view alone, from hand-built states, to PNG files: a way to look at
// the drawing while the timeline that will feed it is being built.
// Usage: heap_view_preview OUTPUT_DIRECTORY (run under xvfb-run).
#include <imgui.h>

#include <filesystem>
#include <iostream>
#include <string>

#include "Gui.h"
#include "HeapGraphView.h"
#include "Screenshot.h"
#include "Window.h"

namespace reachable {
namespace {

constexpr PixelSize kSize{1000, 640};
constexpr const char* kMonoFont = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";

ValueView ref(ObjectId id) { return {"", id}; }
ValueView text(std::string value) { return {std::move(value), kNoObject}; }
Row row(std::string name, ValueView value, Strength strength = Strength::Strong) {
  Row r;
  r.name = std::move(name);
  r.value = std::move(value);
  r.valueStrength = strength;
  return r;
}
ObjectView object(ObjectId id, CellKind kind, std::string title, std::vector<Row> rows) {
  ObjectView view;
  view.id = id;
  view.kind = kind;
  view.title = std::move(title);
  view.rows = std::move(rows);
  return view;
}

// The sketch's lesson: a registry and a WeakRef watch { name: "John" }, which only
// they still hold.
HeapState registryLesson() {
  HeapState state;
  state.scopes.push_back(
      {RootScopeKind::Global,
       "<global>",
       -1,
       {{"user", text("null"), false, false}, {"registry", ref(1), false, false}, {"ref", ref(3), false, false}}});
  state.objects = {
      object(
          1, CellKind::FinalizationRegistry, "FinalizationRegistry",
          {row("cleanup", ref(2)), row("cell 1 target", ref(4), Strength::Weak), row("cell 1 held", text("\"John\""))}),
      object(2, CellKind::Function, "ƒ held => …", {row("line", text("3"))}),
      object(3, CellKind::WeakRef, "WeakRef", {row("[[Target]]", ref(4), Strength::Weak)}),
      object(4, CellKind::Object, "Object", {row("name", text("\"John\""))}),
  };
  return state;
}

StepRecord markStep() {
  StepRecord step;
  step.kind = StepKind::GcMark;
  step.events = {{StepEvent::Kind::Marked, 1, kNoObject, "registry", false},
                 {StepEvent::Kind::Marked, 2, 1, "cleanup", false},
                 {StepEvent::Kind::Marked, 3, kNoObject, "ref", false}};
  return step;
}

// The tutorial's interlinked objects, with the family variable gone: an island.
HeapState family(bool dropped) {
  HeapState state;
  state.scopes.push_back(
      {RootScopeKind::Global, "<global>", -1, {{"family", dropped ? text("null") : ref(1), false, false}}});
  state.objects = {
      object(1, CellKind::Object, "Object", {row("father", ref(2)), row("mother", ref(3))}),
      object(2, CellKind::Object, "Object", {row("name", text("\"John\"")), row("wife", ref(3))}),
      object(3, CellKind::Object, "Object", {row("name", text("\"Ann\"")), row("husband", ref(2))}),
  };
  return state;
}

// Many objects in chains and a Map, to see columns, folding and arrows at scale.
HeapState largeHeap() {
  HeapState state;
  state.scopes.push_back({RootScopeKind::Global, "<global>", -1, {}});
  state.scopes.push_back({RootScopeKind::Function, "makeCache", 0, {{"size", text("16"), false, false}}});
  state.frames.push_back({"makeCache", {}, 1});
  for (ObjectId i = 1; i <= 4; ++i)
    state.scopes[0].variables.push_back({"list" + std::to_string(i), ref(i), false, false});
  std::vector<Row> entries;
  for (ObjectId id = 1; id <= 28; ++id) {
    std::vector<Row> rows{row("value", text(std::to_string(id * 7)))};
    if (id + 4 <= 28) rows.push_back(row("next", ref(id + 4)));
    state.objects.push_back(object(id, CellKind::Object, "Object", rows));
  }
  for (ObjectId id = 1; id <= 14; ++id) {
    Row entry = row("", ref(id * 2));
    entry.key = text("\"k" + std::to_string(id) + "\"");
    entries.push_back(entry);
  }
  state.scopes[1].variables.push_back({"cache", ref(29), false, false});
  state.objects.push_back(object(29, CellKind::Map, "Map(14)", entries));
  return state;
}

HeapViewFonts loadMonoFont() {
  ImGuiIO& io = ImGui::GetIO();
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0192, 0x0192, 0x2010, 0x205E, 0x2190, 0x21FF, 0};
  ImFont* mono =
      std::filesystem::exists(kMonoFont) ? io.Fonts->AddFontFromFileTTF(kMonoFont, 17, nullptr, ranges) : nullptr;
  return {io.Fonts->Fonts[0], mono};
}

void drawFrame(Gui& gui, HeapGraphView& view, const HeapViewStyle& style, const HeapViewFonts& fonts) {
  gui.beginFrame(kSize);
  ImGui::SetNextWindowPos({0, 0});
  ImGui::SetNextWindowSize({static_cast<float>(kSize.width), static_cast<float>(kSize.height)});
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
  ImGui::Begin("heap", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground);
  view.draw(ImGui::GetContentRegionAvail(), style, fonts);
  ImGui::End();
  ImGui::PopStyleVar();
  gui.render();
}

// Shows `before`, then `after` as the next step, and pictures the end of the animation.
void render(Gui& gui, const HeapState& before, const HeapState& after, const StepRecord& step,
            const HeapViewStyle& style, const HeapViewFonts& fonts, const std::filesystem::path& file) {
  const OffscreenFramebuffer target(kSize);
  HeapGraphView view;
  view.show(before, StepRecord{}, false);
  drawFrame(gui, view, style, fonts);
  view.show(after, step, true);
  drawFrame(gui, view, style, fonts);
  view.skipToEnd();
  drawFrame(gui, view, style, fonts);
  writePng(target.read(), file);
  std::cout << file.string() << '\n';
}

int run(const std::filesystem::path& directory) {
  std::filesystem::create_directories(directory);
  Window window("heap view preview", kSize, Window::Visibility::Hidden);
  Gui gui(window, std::nullopt);
  const HeapViewFonts fonts = loadMonoFont();
  render(gui, registryLesson(), registryLesson(), markStep(), HeapViewStyle::light(), fonts,
         directory / "registry-light.png");
  render(gui, family(false), family(true), StepRecord{}, HeapViewStyle::tutorial(), fonts,
         directory / "family-tutorial.png");
  render(gui, largeHeap(), largeHeap(), StepRecord{}, HeapViewStyle::dark(), fonts, directory / "large-dark.png");
  return 0;
}

}  // namespace
}  // namespace reachable

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: heap_view_preview OUTPUT_DIRECTORY\n";
    return 2;
  }
  return reachable::run(argv[1]);
}
