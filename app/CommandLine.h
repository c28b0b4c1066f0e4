#pragma once

#include "PixelSize.h"
#include "Theme.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace reachable {

// Which step a picture shows: a number, or the last step of the run.
struct StepChoice {
  std::optional<std::uint64_t> number;  // nothing: the last step
};

// What the user asked for when starting the program.
struct Options {
  std::optional<std::filesystem::path> file;        // a scenario or program; else the default scenario
  std::optional<PixelSize> size;                    // the window's or the picture's size
  std::optional<int> frames;                        // draw this many frames, then exit
  std::optional<std::filesystem::path> screenshot;  // render off screen to this PNG, then exit
  std::optional<std::filesystem::path> dumpView;    // write what the frame drew as JSON, then exit
  std::optional<std::filesystem::path> exportHeap;  // write the heap view alone to this PNG, then exit
  int exportScale = 1;                              // its pixels per unit: 1, or 2 for slides
  std::optional<StepChoice> step;                   // the step to show (default 0)
  std::optional<Theme> theme;
  bool showEngineObjects = false;  // the heap view shows what the engine made for the program
  bool present = false;            // start in presentation mode (a picture: its layout)
  bool whileRecording = false;     // a picture of the step as soon as it is recorded, not once the run is
  std::optional<int> benchFrames;  // draw this many frames off screen and print their times
  bool benchOpen = false;          // time opening FILE off screen: to its first step shown, to its end

  static constexpr PixelSize kPictureSize{1280, 800};

  // Whether the program draws the step off screen and exits (a picture, a dump).
  bool offscreen() const { return screenshot || dumpView || exportHeap; }
};

struct ShowHelp {};

struct UsageError {
  std::string message;
};

using CommandLine = std::variant<Options, ShowHelp, UsageError>;

// Reads argv (program name first). Bad input is a UsageError, never an exception.
CommandLine parseCommandLine(std::span<const char* const> arguments);

std::string_view usage();

}  // namespace reachable
