#pragma once

#include <cstdint>
#include <string>

namespace reachable {

// One error of the open file, as the error panel lists it and the editor marks it.
struct DocumentError {
  std::string file;        // the name the user knows it by
  std::uint32_t line = 0;  // 0: the error concerns the file as a whole
  std::uint32_t column = 0;
  std::string message;
  // Line and column count within the program (a JSON scenario's "program"), which is
  // what the editor shows, rather than within the file.
  bool inProgram = false;

  // FILE:LINE:COL: error: message
  std::string describe() const;
};

}  // namespace reachable
