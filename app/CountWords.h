#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace reachable {

// "1 object", "12 objects": one wording wherever the program counts objects.
std::string objectCount(std::size_t objects);
// "1 step", "412,000 steps": a long run's count, its thousands apart.
std::string stepCount(std::uint64_t steps);
// "176 bytes", "3906 KiB", "42 MiB": the same units in the heap's header and the
// memory chart, so that the two agree at a glance.
std::string byteCount(std::uint64_t bytes);

}  // namespace reachable
