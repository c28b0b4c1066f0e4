#pragma once

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "heap/ProgramObjects.h"

namespace reachable {

// The encodings of the recorder's objects as the timeline writes them (all but their
// ids), kept from the step that wrote each whole until a change to it: a checkpoint
// copies these instead of encoding every object again, most of which did not change
// since the last one.
class ObjectEncodings {
 public:
  void keep(ObjectId id, std::span<const std::uint8_t> bytes) { bytes_[id].assign(bytes.begin(), bytes.end()); }
  void forget(ObjectId id) { bytes_.erase(id); }
  const std::vector<std::uint8_t>* find(ObjectId id) const {
    auto it = bytes_.find(id);
    return it == bytes_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<ObjectId, std::vector<std::uint8_t>> bytes_;
};

}  // namespace reachable
