#pragma once

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "heap/PropertyAttributes.h"
#include "heap/Value.h"

namespace reachable {

struct DictionaryEntry {
  Value key;  // an interned string or a symbol
  Value value;
  std::uint8_t attributes = kDefaultAttributes;
};

// The named properties of an object in dictionary mode (after a delete, a change of
// attributes, or too many properties for a shape), in insertion order. Keys are
// interned strings or symbols, so a key compares as one word. Small dictionaries scan
// linearly (faster than hashing below a dozen keys); larger ones build an index.
class PropertyDictionary {
 public:
  std::int64_t indexOf(Value key) const;
  DictionaryEntry& at(std::uint32_t index) { return properties_[index]; }
  const DictionaryEntry& at(std::uint32_t index) const { return properties_[index]; }
  // Appends a property that must not exist yet.
  void append(Value key, Value value, std::uint8_t attributes);
  bool remove(Value key);
  std::uint32_t size() const { return static_cast<std::uint32_t>(properties_.size()); }

 private:
  static constexpr std::size_t kIndexThreshold = 12;
  void rebuildIndex();

  std::vector<DictionaryEntry> properties_;
  std::unique_ptr<std::unordered_map<std::uint64_t, std::uint32_t>> index_;
};

}  // namespace reachable
