#include "CountWords.h"

namespace reachable {

std::string objectCount(std::size_t objects) {
  return std::to_string(objects) + (objects == 1 ? " object" : " objects");
}

std::string stepCount(std::uint64_t steps) {
  std::string digits = std::to_string(steps);
  for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ",");
  return digits + (steps == 1 ? " step" : " steps");
}

std::string byteCount(std::uint64_t bytes) {
  if (bytes < 10'000) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  if (bytes < 10'000'000) return std::to_string(bytes / 1024) + " KiB";
  return std::to_string(bytes / (1024 * 1024)) + " MiB";
}

}  // namespace reachable
