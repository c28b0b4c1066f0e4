#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

// What every fuzz target receives: libFuzzer's bytes, seen as the text of a file.
namespace reachable::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace reachable::fuzz
