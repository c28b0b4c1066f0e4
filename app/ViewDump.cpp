#include "ViewDump.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace reachable {
namespace {

using nlohmann::json;

json rect(const view::Rect& r) { return {{"x", r.min.x}, {"y", r.min.y}, {"w", r.width()}, {"h", r.height()}}; }

std::string_view reachName(Reach reach) {
  switch (reach) {
    case Reach::Strong: return "strong";
    case Reach::WeakOnly: return "weak";
    case Reach::Unreachable: return "unreachable";
  }
  return "strong";
}

json card(const view::DrawnCard& c) {
  return {{"serial", c.serial},         {"title", c.title},   {"label", c.label},
          {"rect", rect(c.rect)},       {"inside", c.inside}, {"textPixels", c.textPixels},
          {"reach", reachName(c.reach)}};
}

json arrow(const view::DrawnArrow& a) {
  json points = json::array();
  for (view::Vec2 p : a.polyline) points.push_back({p.x, p.y});
  json from = a.from == kNoObject ? json{{"root", a.root}, {"row", a.row}} : json{{"serial", a.from}, {"row", a.row}};
  return {{"from", from}, {"to", a.to}, {"kind", a.weak ? "weak" : "strong"}, {"polyline", points}};
}

}  // namespace

void writeViewDump(const view::DrawnHeap& heap, const FrameReport& report, const std::filesystem::path& file) {
  json dump;
  dump["panel"] = rect(heap.panel);
  dump["camera"] = {{"x", heap.pan.x}, {"y", heap.pan.y}, {"zoom", heap.zoom}};
  dump["layout"] = {{"window", heap.layoutWindow}, {"windows", heap.layoutWindows}};
  dump["roots"] = json::array();
  for (const view::DrawnRootBox& root : heap.roots) dump["roots"].push_back({{"title", root.title}, {"rect", rect(root.rect)}});
  dump["cards"] = json::array();
  for (const view::DrawnCard& c : heap.cards) dump["cards"].push_back(card(c));
  dump["arrows"] = json::array();
  for (const view::DrawnArrow& a : heap.arrows) dump["arrows"].push_back(arrow(a));
  dump["labels"] = json::array();
  for (const view::DrawnLabel& l : heap.labels) dump["labels"].push_back({{"text", l.text}, {"rect", rect(l.rect)}});
  dump["offscreen"] = json::array();
  for (const view::OffscreenMarker& m : heap.offscreen)
    dump["offscreen"].push_back({{"side", m.side}, {"rect", rect(m.rect)}, {"count", m.count}});
  dump["minimap"] = heap.minimap ? rect(*heap.minimap) : json(nullptr);
  dump["hidden"] = {{"objects", heap.hiddenObjects}, {"foldedRows", heap.foldedRows}};
  dump["narration"] = {{"text", report.narration}};
  dump["step"] = {{"shown", report.step}, {"last", report.lastStep}, {"recording", report.recording}};
  dump["code"] = {{"current", report.currentLine}, {"first", report.firstLine}, {"last", report.lastLine}};
  std::ofstream out(file);
  out << dump.dump(1) << '\n';
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace reachable
