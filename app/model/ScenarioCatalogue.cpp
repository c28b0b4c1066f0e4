#include "ScenarioCatalogue.h"

#include "scenario/ScenarioLoader.h"

#include <algorithm>

namespace reachable {
namespace {

// The seed's first example; two-references.json stands in until it is written.
constexpr std::string_view kDefaultNames[] = {"user-reference.json", "two-references.json"};

// The lessons in the order a course takes them (PRODUCT.md, "Scenario library"): from
// one reference, through islands and the collector, to the weak built-ins, then the
// lessons about what keeps objects alive. A lesson not named here comes after them,
// by file name.
constexpr std::string_view kCourse[] = {
    // clang-format off
    "user-reference.json",
    "two-references.json",
    "family.json",
    "unreachable-island.json",
    "mark-and-sweep.json",
    "weakmap-visit-counter.json",
    "weakset-visited.json",
    "weakmap-cache.json",
    "weakref-basics.json",
    "weakref-image-cache.json",
    "proxy-weakref-reads.json",
    "registry-held-values.json",
    "registry-cache.json",
    "photo-gallery.json",
    "kept-objects.json",
    "dead-registry.json",
    "closure-keeps-alive.json",
    "generator-keeps-locals.json",
    "map-leak.json",
    "date-stamped-cache.json",
    // clang-format on
};

std::size_t placeInCourse(std::string_view fileName) {
  return static_cast<std::size_t>(std::ranges::find(kCourse, fileName) - std::begin(kCourse));
}

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
  std::ranges::sort(entries_, [](const CatalogueEntry& a, const CatalogueEntry& b) {
    const std::size_t placeA = placeInCourse(a.fileName), placeB = placeInCourse(b.fileName);
    return placeA != placeB ? placeA < placeB : a.fileName < b.fileName;
  });
}

bool ScenarioCatalogue::inCourse(std::string_view fileName) { return placeInCourse(fileName) < std::size(kCourse); }

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
