#pragma once

#include "BundledScenarios.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace reachable {

// The bundled scenarios as the Scenarios menu lists them.
struct CatalogueEntry {
  std::string fileName;  // "two-references.json"
  std::string title;     // the scenario's own title, or the file name when it does not load
  std::string summary;
  std::string_view bytes;
};

class ScenarioCatalogue {
 public:
  explicit ScenarioCatalogue(std::span<const BundledFile> files = bundledScenarios());

  // In the course's order.
  std::span<const CatalogueEntry> entries() const { return entries_; }
  // Whether a bundled lesson has its place in the course.
  static bool inCourse(std::string_view fileName);
  const CatalogueEntry* find(std::string_view fileName) const;
  // What the program opens with no file named: the seed's user/admin example.
  const CatalogueEntry* defaultEntry() const;

 private:
  std::vector<CatalogueEntry> entries_;
};

}  // namespace reachable
