#pragma once

#include "PixelSize.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace reachable {

// What the user asked for when starting the program.
struct Options {
  PixelSize size{1280, 800};
  std::optional<int> frames;                        // draw this many frames, then exit
  std::optional<std::filesystem::path> screenshot;  // render off screen to this PNG, then exit
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
