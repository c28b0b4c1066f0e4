#pragma once

#include "Fonts.h"
#include "FrameReport.h"
#include "Style.h"

#include <imgui.h>

#include <string_view>

namespace reachable {

// A place on screen, in pixels: top-left corner and size.
struct PanelRect {
  ImVec2 position;
  ImVec2 size;

  ImVec2 max() const { return {position.x + size.x, position.y + size.y}; }
};

// What every panel draws with.
struct PanelContext {
  const Style& style;
  const Fonts& fonts;
  FrameReport* report = nullptr;  // panels say what they showed here, when asked (--dump-view)
  bool presenting = false;        // presentation mode: no transport bar, the room reads from afar
};

// Opens a bordered panel at `rect` with its heading in small capitals on the left and
// an optional hint on the right ("Ctrl+Enter runs again"). Always pair with endPanel().
void beginPanel(const char* id, const PanelRect& rect, const PanelContext& context, std::string_view heading,
                std::string_view hint = "");
void endPanel();

// Text in the muted colour, wrapped at the panel's edge.
void mutedText(const PanelContext& context, std::string_view text);
// Text wrapped at the panel's edge in the current colour.
void wrappedText(std::string_view text);
// One line with `left` at the start and `right` flush with the panel's right edge.
void textRow(std::string_view left, std::string_view right, ImU32 rightColour);

}  // namespace reachable
