#include "CommandLine.h"

#include <charconv>

namespace reachable {
namespace {

// Large enough for any screen, small enough for every OpenGL framebuffer.
constexpr int kMaxSide = 16384;

std::optional<int> parsePositive(std::string_view text, int max) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value < 1 || value > max) return std::nullopt;
  return value;
}

std::optional<PixelSize> parseSize(std::string_view text) {
  const auto separator = text.find('x');
  if (separator == std::string_view::npos) return std::nullopt;
  const auto width = parsePositive(text.substr(0, separator), kMaxSide);
  const auto height = parsePositive(text.substr(separator + 1), kMaxSide);
  if (!width || !height) return std::nullopt;
  return PixelSize{*width, *height};
}

// Applies one option that takes a value; returns an error message, empty when it was fine.
std::string applyOption(std::string_view option, std::string_view value, Options& options) {
  if (option == "--frames") {
    options.frames = parsePositive(value, 1'000'000);
    if (!options.frames) return "--frames needs a positive whole number, not '" + std::string(value) + "'";
    return "";
  }
  if (option == "--size") {
    const auto size = parseSize(value);
    if (!size) return "--size needs WIDTHxHEIGHT, for example 1280x800, not '" + std::string(value) + "'";
    options.size = *size;
    return "";
  }
  // takesValue() leaves only --screenshot.
  if (value.empty()) return "--screenshot needs a file name";
  options.screenshot = std::filesystem::path(value);
  return "";
}

bool takesValue(std::string_view option) {
  return option == "--frames" || option == "--size" || option == "--screenshot";
}

}  // namespace

CommandLine parseCommandLine(std::span<const char* const> arguments) {
  Options options;
  for (std::size_t i = 1; i < arguments.size(); ++i) {
    const std::string_view option = arguments[i];
    if (option == "--help" || option == "-h") return ShowHelp{};
    if (!takesValue(option))
      return UsageError{(option.starts_with('-') ? "unknown option '" : "unexpected argument '") + std::string(option) +
                        "'"};
    if (i + 1 == arguments.size()) return UsageError{std::string(option) + " needs a value"};
    if (auto error = applyOption(option, arguments[++i], options); !error.empty()) return UsageError{std::move(error)};
  }
  if (options.frames && options.screenshot) return UsageError{"--frames and --screenshot cannot be combined"};
  return options;
}

std::string_view usage() {
  return "Usage: reachable [OPTIONS]\n"
         "\n"
         "Watch JavaScript's memory rules at work: what is reachable, and what the\n"
         "garbage collector takes.\n"
         "\n"
         "Options:\n"
         "  --frames N            draw N frames, then exit\n"
         "  --screenshot OUT.png  render one frame off screen into a PNG file, then exit\n"
         "  --size WxH            window or screenshot size in pixels (default 1280x800)\n"
         "  --help                show this help\n";
}

}  // namespace reachable
