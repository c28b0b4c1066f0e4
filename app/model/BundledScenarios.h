#pragma once

#include <span>
#include <string_view>

namespace reachable {

// A file of scenarios/, compiled into the program so that it runs from any folder.
struct BundledFile {
  std::string_view name;  // "two-references.json"
  std::string_view bytes;
};

// Every file of scenarios/ at build time, ordered by name. Defined by a source that
// the build generates (EmbedFiles.cmake).
std::span<const BundledFile> bundledScenarios();

}  // namespace reachable
