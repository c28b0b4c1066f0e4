#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace reachable {

// A place in a text file as an editor shows it: lines from 1, columns counting
// code points from 1.
struct TextPlace {
  uint32_t line = 1;
  uint32_t column = 1;
};

struct JsonMember;

// A parsed JSON value that remembers where it starts, so that the scenario
// loader can point at the exact key or value it objects to.
struct JsonValue {
  enum class Kind { Null, Boolean, Number, String, Array, Object };

  Kind kind = Kind::Null;
  TextPlace place;
  // Its bytes in the text, [begin, end): a writer can replace it and keep the rest as
  // the author wrote it.
  std::size_t begin = 0;
  std::size_t end = 0;
  bool boolean = false;
  double number = 0;
  std::string text;  // a string's decoded value, or a number as written
  std::vector<JsonValue> items;
  std::vector<JsonMember> members;  // in file order
};

struct JsonMember {
  std::string key;
  TextPlace keyPlace;
  JsonValue value;
};

// How an error message names the kind of a value: "a string", "an object", ...
const char* describeKind(JsonValue::Kind kind);

}  // namespace reachable
