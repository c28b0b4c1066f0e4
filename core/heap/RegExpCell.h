#pragma once

#include <memory>
#include <string>

#include "heap/JSObject.h"

namespace reachable {

// A regular expression's compiled code, which the engine defines (PCRE2's). The heap
// only owns it: sweeping the cell frees it.
struct RegExpCode {
  virtual ~RegExpCode() = default;
};

// A RegExp object: its source and flags as given, and the code that matches them.
// `lastIndex` is an ordinary own property, as ECMA-262 has it.
struct RegExpObject : JSObject {
  explicit RegExpObject(CellId prototype) : JSObject(CellKind::RegExp, prototype) {}
  std::u16string source;
  std::string flags;
  // Shared between cells of one literal evaluated again and again.
  std::shared_ptr<const RegExpCode> code;
};

}  // namespace reachable
