#pragma once

#include "DocumentError.h"
#include "PanelFrame.h"
#include "Session.h"

#include <span>
#include <cstdint>
#include <string>
#include <vector>

namespace reachable {

// The program: line numbers, the line about to run marked (Session::markedLine()),
// lines already run dimmed, long lines wrapped.
// Double-click (or View > Edit the program) turns it into an editor that marks errors at
// their lines; Ctrl+Enter runs the edited program (the commands ask editedProgram()).
// The program on screen is always the last good one, so only the editor marks errors.
class CodePanel {
 public:
  void draw(const PanelRect& rect, const PanelContext& context, Session& session);

  bool editing() const { return editing_; }
  // The editor's text, or the program on screen when not editing.
  const std::string& editedProgram() const { return editor_; }
  void startEditing(const std::string& program);
  void stopEditing() { editing_ = false; }

 private:
  void drawProgram(const PanelContext& context, Session& session);
  void drawEditor(const PanelContext& context, std::span<const DocumentError> errors);
  void followLine(std::uint32_t line, float top, float height, float contentHeight);
  static void report(FrameReport& report, std::uint32_t current, const std::vector<float>& tops, float lineHeight);

  bool editing_ = false;
  std::uint32_t followed_ = 0;  // the marked line the panel last followed
  bool following_ = false;      // it is not in view yet
  bool focusEditor_ = false;
  std::string editor_;
};

}  // namespace reachable
