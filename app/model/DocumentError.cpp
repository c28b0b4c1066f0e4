#include "DocumentError.h"

namespace reachable {

std::string DocumentError::describe() const {
  std::string text = file;
  if (line > 0) text += ":" + std::to_string(line) + ":" + std::to_string(column);
  return text + ": error: " + message;
}

}  // namespace reachable
