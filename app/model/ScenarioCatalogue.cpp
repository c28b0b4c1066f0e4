#include "ScenarioCatalogue.h"

#include "scenario/ScenarioLoader.h"

#include <algorithm>

namespace reachable {
namespace {

// The seed's first example; two-references.json stands in until it is written.
constexpr std::string_view kDefaultNames[] = {"user-reference.json", "two-references.json"};

CatalogueEntry describe(const BundledFile& file) {
  CatalogueEntry entry{std::string(file.name), std::string(file.name), "", file.bytes};
  const LoadResult loaded = loadScenario(file.name, file.bytes);
  if (loaded.scenario) {
    entry.title = loaded.scenario->title;
    entry.summary = loaded.scenario->summary;
  }
  return entry;
}

}  // namespace

ScenarioCatalogue::ScenarioCatalogue(std::span<const BundledFile> files) {
  for (const BundledFile& file : files)
    if (file.name.ends_with(".json") || file.name.ends_with(".js") || file.name.ends_with(".mjs"))
      entries_.push_back(describe(file));
}

const CatalogueEntry* ScenarioCatalogue::find(std::string_view fileName) const {
  const auto found = std::ranges::find(entries_, fileName, &CatalogueEntry::fileName);
  return found == entries_.end() ? nullptr : &*found;
}

const CatalogueEntry* ScenarioCatalogue::defaultEntry() const {
  for (std::string_view name : kDefaultNames)
    if (const CatalogueEntry* entry = find(name)) return entry;
  return entries_.empty() ? nullptr : &entries_.front();
}

}  // namespace reachable
