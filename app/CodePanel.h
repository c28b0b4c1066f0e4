#pragma once

#include "DocumentError.h"
#include "PanelFrame.h"
#include "Session.h"

#include <span>
#include <cstdint>
#include <string>

namespace reachable {

// The program: line numbers, the line about to run marked, lines already run dimmed.
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
  void followLine(std::uint32_t line, float lineHeight);

  bool editing_ = false;
  std::uint32_t followed_ = 0;  // the running line the panel last scrolled to
  bool focusEditor_ = false;
  std::string editor_;
};

}  // namespace reachable
