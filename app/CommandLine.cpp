#include "CommandLine.h"

#include <charconv>

namespace reachable {
namespace {

// Large enough for any screen, small enough for every OpenGL framebuffer.
constexpr int kMaxSide = 16384;

template <typename Number>
std::optional<Number> parseNumber(std::string_view text, Number min, Number max) {
  Number value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value < min || value > max) return std::nullopt;
  return value;
}

std::optional<PixelSize> parseSize(std::string_view text) {
  const auto separator = text.find('x');
  if (separator == std::string_view::npos) return std::nullopt;
  const auto width = parseNumber(text.substr(0, separator), 1, kMaxSide);
  const auto height = parseNumber(text.substr(separator + 1), 1, kMaxSide);
  if (!width || !height) return std::nullopt;
  return PixelSize{*width, *height};
}

std::optional<StepChoice> parseStep(std::string_view text) {
  if (text == "end") return StepChoice{};
  const auto number = parseNumber<std::uint64_t>(text, 0, UINT64_MAX);
  if (!number) return std::nullopt;
  return StepChoice{number};
}

std::string quoted(std::string_view value) { return "'" + std::string(value) + "'"; }

// Applies one option that takes a value; returns an error message, empty when it was fine.
std::string applyOption(std::string_view option, std::string_view value, Options& options) {
  if (option == "--frames" || option == "--bench-frames") {
    auto& frames = option == "--frames" ? options.frames : options.benchFrames;
    frames = parseNumber(value, 1, 1'000'000);
    return frames ? "" : std::string(option) + " needs a positive whole number, not " + quoted(value);
  }
  if (option == "--size") {
    options.size = parseSize(value);
    return options.size ? "" : "--size needs WIDTHxHEIGHT, for example 1280x800, not " + quoted(value);
  }
  if (option == "--step") {
    options.step = parseStep(value);
    return options.step ? "" : "--step needs a step number or 'end', not " + quoted(value);
  }
  if (option == "--theme") {
    options.theme = parseTheme(value);
    return options.theme ? "" : "--theme needs light, dark or tutorial, not " + quoted(value);
  }
  if (option == "--export-scale") {
    const auto scale = parseNumber(value, 1, 2);
    options.exportScale = scale.value_or(0);
    return scale ? "" : "--export-scale needs 1 or 2, not " + quoted(value);
  }
  // takesValue() leaves only the options that name a file.
  if (value.empty()) return std::string(option) + " needs a file name";
  auto& file = option == "--screenshot" ? options.screenshot
               : option == "--dump-view" ? options.dumpView
                                          : options.exportHeap;
  file = std::filesystem::path(value);
  return "";
}

// The options that take no value: each turns something on.
bool* switchFor(std::string_view option, Options& options) {
  if (option == "--engine-objects") return &options.showEngineObjects;
  if (option == "--present") return &options.present;
  if (option == "--while-recording") return &options.whileRecording;
  if (option == "--bench-open") return &options.benchOpen;
  return nullptr;
}

bool takesValue(std::string_view option) {
  return option == "--frames" || option == "--size" || option == "--screenshot" || option == "--step" ||
         option == "--theme" || option == "--bench-frames" || option == "--dump-view" || option == "--export-heap" ||
         option == "--export-scale";
}

std::string checkCombination(const Options& options) {
  // Pictures and a dump may go together: all come from one off-screen step.
  const int modes = (options.frames ? 1 : 0) + (options.offscreen() ? 1 : 0) + (options.benchFrames ? 1 : 0) +
                    (options.benchOpen ? 1 : 0);
  if (modes > 1)
    return "--frames, --screenshot (or --dump-view, --export-heap), --bench-frames and --bench-open cannot be combined";
  if (options.whileRecording && !options.offscreen())
    return "--while-recording goes with --screenshot, --dump-view or --export-heap";
  return "";
}

}  // namespace

CommandLine parseCommandLine(std::span<const char* const> arguments) {
  Options options;
  for (std::size_t i = 1; i < arguments.size(); ++i) {
    const std::string_view argument = arguments[i];
    if (argument == "--help" || argument == "-h") return ShowHelp{};
    if (bool* on = switchFor(argument, options)) {
      *on = true;
      continue;
    }
    if (!argument.starts_with('-') && !argument.empty()) {
      if (options.file) return UsageError{"only one file can be opened, not also " + quoted(argument)};
      options.file = std::filesystem::path(argument);
      continue;
    }
    if (!takesValue(argument)) return UsageError{"unknown option " + quoted(argument)};
    if (i + 1 == arguments.size()) return UsageError{std::string(argument) + " needs a value"};
    if (auto error = applyOption(argument, arguments[++i], options); !error.empty())
      return UsageError{std::move(error)};
  }
  if (auto error = checkCombination(options); !error.empty()) return UsageError{std::move(error)};
  return options;
}

std::string_view usage() {
  return "Usage: reachable [FILE] [OPTIONS]\n"
         "\n"
         "Watch JavaScript's memory rules at work: what is reachable, and what the\n"
         "garbage collector takes. FILE is a scenario (.json) or a program (.js, .mjs);\n"
         "without one, the default scenario opens.\n"
         "\n"
         "Options:\n"
         "  --step N|end          show step N (default 0), or the last step\n"
         "  --theme NAME          light, dark or tutorial (default: as last used)\n"
         "  --engine-objects      show the objects the engine made for the program (default: as last used)\n"
         "  --present             start in presentation mode (F11): heap, code and narration, full screen\n"
         "  --size WxH            window or screenshot size in pixels (default 1280x800)\n"
         "  --screenshot OUT.png  render the step off screen into a PNG file, then exit\n"
         "  --dump-view OUT.json  write what the step's frame drew (cards, arrows, labels,\n"
         "                        narration, code lines) as JSON, then exit\n"
         "  --export-heap OUT.png write the step's heap view alone into a PNG file, as Ctrl+E does, then exit\n"
         "  --export-scale 1|2    pixels per unit of --export-heap's picture (2 for slides; default 1)\n"
         "  --while-recording     take the picture as soon as the step is recorded, while the rest of\n"
         "                        the run still records (default: once the whole run is recorded)\n"
         "  --frames N            draw N frames, then exit\n"
         "  --bench-frames N      draw N frames off screen; print frame-build and whole-frame times\n"
         "  --bench-open          open FILE off screen as the window does; print the time to its first\n"
         "                        step shown and to the end of its recording\n"
         "  --help                show this help\n";
}

}  // namespace reachable
