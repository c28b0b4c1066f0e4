#include "ShortcutTable.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>

namespace reachable {
namespace {

constexpr Shortcut kShortcuts[] = {
    {Command::PlayPause, GLFW_KEY_SPACE, false, "Space", "Play or pause"},
    {Command::StepForward, GLFW_KEY_RIGHT, false, "Right arrow", "Next step"},
    {Command::StepBack, GLFW_KEY_LEFT, false, "Left arrow", "Previous step"},
    {Command::ToStart, GLFW_KEY_HOME, false, "Home", "First step"},
    {Command::ToEnd, GLFW_KEY_END, false, "End", "Last step"},
    {Command::CollectNow, GLFW_KEY_G, false, "G", "Collect now: record again with a collection after this step"},
    {Command::Rerun, GLFW_KEY_ENTER, true, "Ctrl+Enter", "Run the edited program again, keeping the step"},
    {Command::Rerun, GLFW_KEY_KP_ENTER, true, "Ctrl+Enter", "", false},
    {Command::Open, GLFW_KEY_O, true, "Ctrl+O", "Open a scenario or program"},
    {Command::Save, GLFW_KEY_S, true, "Ctrl+S", "Save the program (a scenario keeps its narration)"},
    {Command::ExportPng, GLFW_KEY_E, true, "Ctrl+E", "Export the heap view as a PNG picture, into the last folder used"},
    {Command::ScaleUp, GLFW_KEY_EQUAL, true, "Ctrl++", "Larger type"},
    {Command::ScaleUp, GLFW_KEY_KP_ADD, true, "Ctrl++", "", false},
    {Command::ScaleDown, GLFW_KEY_MINUS, true, "Ctrl+-", "Smaller type"},
    {Command::ScaleDown, GLFW_KEY_KP_SUBTRACT, true, "Ctrl+-", "", false},
    {Command::ScaleReset, GLFW_KEY_0, true, "Ctrl+0", "Type at 100 %"},
    {Command::ScaleReset, GLFW_KEY_KP_0, true, "Ctrl+0", "", false},
    {Command::Presentation, GLFW_KEY_F11, false, "F11", "Presentation mode: full screen, heap, code and narration"},
    {Command::Help, GLFW_KEY_F1, false, "F1", "Show or hide this list of keys"},
    {Command::Close, GLFW_KEY_ESCAPE, false, "Esc", "Close the help, a dialog or presentation mode"},
};

// Keys that mean something in a text field even without Ctrl.
bool belongsToTextField(const Shortcut& shortcut) {
  return !shortcut.control && shortcut.key != GLFW_KEY_F1 && shortcut.key != GLFW_KEY_F11 &&
         shortcut.key != GLFW_KEY_ESCAPE;
}

}  // namespace

std::span<const Shortcut> shortcuts() { return kShortcuts; }

std::optional<Command> commandForKey(int key, bool control, bool typing) {
  for (const Shortcut& shortcut : kShortcuts) {
    if (shortcut.key != key || shortcut.control != control) continue;
    if (typing && belongsToTextField(shortcut)) return std::nullopt;
    return shortcut.command;
  }
  return std::nullopt;
}

std::string_view keysFor(Command command) {
  const auto found = std::ranges::find(kShortcuts, command, &Shortcut::command);
  return found == std::end(kShortcuts) ? std::string_view() : found->keys;
}

}  // namespace reachable
