#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace reachable {

// Everything the keyboard can do. The help overlay, the README's controls and the
// key handling all read the one table below, so they cannot disagree.
enum class Command {
  PlayPause,
  StepForward,
  StepBack,
  ToStart,
  ToEnd,
  CollectNow,
  Rerun,
  Open,
  Save,
  ExportPng,
  ScaleUp,
  ScaleDown,
  ScaleReset,
  Presentation,
  Help,
  Close,
};

struct Shortcut {
  Command command;
  int key;                  // a GLFW key code (ImGui 1.86 reads keys by these)
  bool control;             // held with Ctrl
  std::string_view keys;    // as the help shows it: "Ctrl+Enter"
  std::string_view action;  // what it does, in words
  bool listed = true;       // false for a second key of a command already listed
};

// Every shortcut, in the order the help lists them.
std::span<const Shortcut> shortcuts();

// The command of a key press, if any. Keys without Ctrl are not commands while the
// user types (Space and the arrows belong to the editor then).
std::optional<Command> commandForKey(int key, bool control, bool typing);

// The first listed keys of a command, for menus: "Ctrl+O".
std::string_view keysFor(Command command);

}  // namespace reachable
