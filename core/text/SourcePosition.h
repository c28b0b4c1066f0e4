#pragma once

#include <cstdint>

namespace reachable {

// A place in the source: 1-based line and column (columns count Unicode code
// points, as an editor shows them) plus the 0-based byte offset into the UTF-8
// text, so that a range can slice the original text back out.
struct SourcePosition {
  uint32_t line = 1;
  uint32_t column = 1;
  uint32_t offset = 0;
  friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

struct SourceRange {
  SourcePosition start;
  SourcePosition end;
  friend bool operator==(const SourceRange&, const SourceRange&) = default;
};

}  // namespace reachable
