#include "CodePanel.h"

#include "CodeRows.h"
#include "ShortcutTable.h"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

namespace reachable {
namespace {

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (lines.size() > 1 && lines.back().empty()) lines.pop_back();
  return lines;
}

// The first error on a program line, if any: the editor and the code view mark it.
const DocumentError* errorOnLine(std::span<const DocumentError> errors, std::uint32_t line) {
  const auto found =
      std::ranges::find_if(errors, [line](const DocumentError& e) { return e.inProgram && e.line == line; });
  return found == errors.end() ? nullptr : &*found;
}

float lineNumberWidth(std::size_t lines) {
  return ImGui::CalcTextSize(std::to_string(std::max<std::size_t>(lines, 10)).c_str()).x;
}

// Program errors count in program lines only when the file is a scenario; a program
// file's errors are its lines too. Either way the editor shows program lines. The
// place where a limit stopped the run is marked too: it is where the loop is.
std::vector<DocumentError> programErrors(const Session& session) {
  const ScenarioDocument& document = session.document();
  std::vector<DocumentError> errors = document.errors();
  if (auto stopped = session.runError()) errors.push_back(std::move(*stopped));
  std::erase_if(errors, [&](DocumentError& error) {
    if (document.isProgramFile()) error.inProgram = true;
    return !error.inProgram;
  });
  return errors;
}

}  // namespace

void CodePanel::startEditing(const std::string& program) {
  if (!editing_) editor_ = program;
  editing_ = true;
  focusEditor_ = true;
}

void CodePanel::draw(const PanelRect& rect, const PanelContext& context, Session& session) {
  const std::string hint = editing_ ? std::string(keysFor(Command::Rerun)) + " runs again" : "double-click to edit";
  beginPanel("code", rect, context, "CODE", hint);
  ImGui::PushFont(context.fonts.mono);
  ImGui::BeginChild("lines", ImVec2(0, 0), false, editing_ ? ImGuiWindowFlags_HorizontalScrollbar : 0);
  if (editing_)
    drawEditor(context, programErrors(session));
  else
    drawProgram(context, session);
  ImGui::EndChild();
  ImGui::PopFont();
  endPanel();
}

void CodePanel::drawProgram(const PanelContext& context, Session& session) {
  const auto& scenario = session.document().scenario();
  if (!scenario) return;
  const auto lines = splitLines(scenario->program);
  const std::uint64_t now = session.player().step();
  const std::uint32_t current = session.markedLine();
  const Style& style = context.style;
  const float numbers = lineNumberWidth(lines.size());
  const float lineHeight = ImGui::GetTextLineHeightWithSpacing();
  const float codeX = numbers + style.pixels(20);
  const float column = ImGui::CalcTextSize("M").x;
  const auto columns = static_cast<std::size_t>(std::max(1.0f, (ImGui::GetContentRegionAvail().x - codeX) / column));
  std::vector<std::vector<CodeRow>> wrapped;
  std::vector<float> tops;  // each line's top, from the panel's
  float height = 0;
  for (std::string_view line : lines) {
    tops.push_back(height);
    wrapped.push_back(wrapCodeLine(line, columns));
    height += lineHeight * static_cast<float>(wrapped.back().size());
  }
  if (current >= 1 && current <= lines.size())
    followLine(current, tops[current - 1], lineHeight * static_cast<float>(wrapped[current - 1].size()), height);
  if (context.report) report(*context.report, current, tops, lineHeight);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
  for (std::uint32_t line = 1; line <= lines.size(); ++line) {
    const ImVec2 at(origin.x, origin.y + tops[line - 1]);
    const float rows = static_cast<float>(wrapped[line - 1].size());
    if (line == current) draw->AddRectFilled(at, {at.x + width, at.y + lineHeight * rows}, style.currentLine, style.pixels(3));
    const std::string number = std::to_string(line);
    draw->AddText(ImVec2(at.x + numbers - ImGui::CalcTextSize(number.c_str()).x, at.y), style.mutedText, number.c_str());
    if (line == current) {
      // A drawn triangle, not a glyph: it must not depend on the font.
      const float h = lineHeight * 0.5f;
      const ImVec2 tip(at.x + numbers + style.pixels(14), at.y + lineHeight * 0.5f);
      draw->AddTriangleFilled(ImVec2(tip.x - h * 0.8f, tip.y - h * 0.5f), ImVec2(tip.x - h * 0.8f, tip.y + h * 0.5f),
                              tip, style.currentMarker);
    }
    const bool ran = session.index().lineRanBefore(line, now) && line != current;
    float y = at.y;
    for (const CodeRow& row : wrapped[line - 1]) {
      draw->AddText(ImVec2(at.x + codeX + column * static_cast<float>(row.indent), y), ran ? style.mutedText : style.text,
                    row.text.data(), row.text.data() + row.text.size());
      y += lineHeight;
    }
  }
  ImGui::Dummy(ImVec2(width, height));
  if (ImGui::IsWindowHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) startEditing(scenario->program);
}

// What --dump-view records of the panel: the marked line and the lines wholly in view.
void CodePanel::report(FrameReport& report, std::uint32_t current, const std::vector<float>& tops, float lineHeight) {
  const float top = ImGui::GetScrollY(), bottom = top + ImGui::GetWindowHeight();
  report.currentLine = current;
  report.firstLine = report.lastLine = 0;
  for (std::uint32_t line = 1; line <= tops.size(); ++line) {
    const float end = line < tops.size() ? tops[line] : tops.back() + lineHeight;
    if (tops[line - 1] < top - 0.5f || end > bottom + 0.5f) continue;
    if (report.firstLine == 0) report.firstLine = line;
    report.lastLine = line;
  }
}

// Scrolls so that the marked line is in view, a third of the way down, when a step
// moves it out of view; the learner's own scrolling stands until then. A request the
// panel cannot honour yet (its first frame knows no height to scroll in) is made again.
void CodePanel::followLine(std::uint32_t line, float top, float height, float contentHeight) {
  if (line != followed_) {
    followed_ = line;
    following_ = true;
  }
  if (!following_) return;
  const float scroll = ImGui::GetScrollY(), room = ImGui::GetWindowHeight();
  // Until the panel has measured its content once, what it says is in view is not.
  const bool measured = contentHeight <= room || ImGui::GetScrollMaxY() > 0;
  if (top >= scroll && top + height <= scroll + room) {
    following_ = !measured;
    return;
  }
  const float target = std::max(0.0f, top - room / 3);
  ImGui::SetScrollY(target);
  if (ImGui::GetScrollMaxY() >= target) following_ = false;
}

void CodePanel::drawEditor(const PanelContext& context, std::span<const DocumentError> errors) {
  const Style& style = context.style;
  const auto lines = splitLines(editor_);
  const float numbers = lineNumberWidth(lines.size());
  const float lineHeight = ImGui::GetTextLineHeight();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float top = origin.y + ImGui::GetStyle().FramePadding.y;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (std::uint32_t line = 1; line <= lines.size() + 1; ++line) {
    const float y = top + (line - 1) * lineHeight;
    const DocumentError* error = errorOnLine(errors, line);
    if (error)
      draw->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + ImGui::GetContentRegionAvail().x, y + lineHeight),
                          style.errorFill);
    const std::string number = std::to_string(line);
    draw->AddText(ImVec2(origin.x + numbers - ImGui::CalcTextSize(number.c_str()).x, y),
                  error ? style.error : style.mutedText, number.c_str());
  }
  // The field is as tall as its text, so the panel scrolls numbers and code together.
  ImGui::SetCursorScreenPos(ImVec2(origin.x + numbers + style.pixels(10), origin.y));
  const float height = (lines.size() + 2) * lineHeight + ImGui::GetStyle().FramePadding.y * 2;
  const float width = std::max(ImGui::GetContentRegionAvail().x, style.pixels(200));
  if (focusEditor_) {
    ImGui::SetKeyboardFocusHere();
    focusEditor_ = false;
  }
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  ImGui::InputTextMultiline("##program", &editor_, ImVec2(width, std::max(height, ImGui::GetContentRegionAvail().y)),
                            ImGuiInputTextFlags_AllowTabInput);
  ImGui::PopStyleColor();
}

}  // namespace reachable
