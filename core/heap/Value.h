#pragma once

#include <bit>
#include <cstdint>

namespace reachable {

// A stable 32-bit name for a heap cell. The collector, the timeline and the GUI
// agree on identity through it ("object #12, allocated at line 3"), never through
// pointers. Id 0 is never a cell.
using CellId = std::uint32_t;
inline constexpr CellId kNoCell = 0;

// One JavaScript value in one 8-byte word (NaN-boxing).
//
// A double is stored as its own bits. Every other value lives in the negative quiet
// NaN space: the top 16 bits hold a tag above 0xFFF8 and the low 32 bits the payload.
// 0xFFF8'0000'0000'0000 itself is the NaN that x86 produces for 0.0/0.0, so it is
// left to doubles, and every NaN is canonicalised to the positive quiet NaN when boxed.
class Value {
 public:
  enum class Tag : std::uint16_t {
    Undefined = 0xFFF9,
    Null = 0xFFFA,
    Boolean = 0xFFFB,
    String = 0xFFFC,
    Symbol = 0xFFFD,
    Object = 0xFFFE,
    // Engine-internal markers that never reach JavaScript code: an array hole, the
    // "not yet initialised" state of a let/const binding (temporal dead zone), and
    // the result of a built-in that threw.
    Special = 0xFFFF,
  };

  constexpr Value() : bits_(box(Tag::Undefined, 0)) {}

  static constexpr Value undefined() { return Value(); }
  static constexpr Value null() { return fromBits(box(Tag::Null, 0)); }
  static constexpr Value boolean(bool b) { return fromBits(box(Tag::Boolean, b ? 1 : 0)); }
  static constexpr Value number(double d) {
    if (d != d) return fromBits(kCanonicalNaN);
    return fromBits(std::bit_cast<std::uint64_t>(d));
  }
  static constexpr Value string(CellId id) { return fromBits(box(Tag::String, id)); }
  static constexpr Value symbol(CellId id) { return fromBits(box(Tag::Symbol, id)); }
  static constexpr Value object(CellId id) { return fromBits(box(Tag::Object, id)); }
  static constexpr Value hole() { return fromBits(box(Tag::Special, 1)); }
  static constexpr Value uninitialized() { return fromBits(box(Tag::Special, 2)); }
  // What a built-in returns when it threw; the thrown value waits in the engine.
  static constexpr Value exception() { return fromBits(box(Tag::Special, 3)); }

  constexpr bool isNumber() const { return (bits_ >> 48) <= 0xFFF8; }
  constexpr bool isUndefined() const { return bits_ == box(Tag::Undefined, 0); }
  constexpr bool isNull() const { return bits_ == box(Tag::Null, 0); }
  constexpr bool isNullish() const { return isUndefined() || isNull(); }
  constexpr bool isBoolean() const { return hasTag(Tag::Boolean); }
  constexpr bool isString() const { return hasTag(Tag::String); }
  constexpr bool isSymbol() const { return hasTag(Tag::Symbol); }
  constexpr bool isObject() const { return hasTag(Tag::Object); }
  constexpr bool isHole() const { return bits_ == hole().bits_; }
  constexpr bool isUninitialized() const { return bits_ == uninitialized().bits_; }
  constexpr bool isException() const { return bits_ == exception().bits_; }
  // Strings, symbols and objects live in the heap; the rest are immediate.
  constexpr bool isCell() const {
    auto t = bits_ >> 48;
    return t >= static_cast<std::uint64_t>(Tag::String) && t <= static_cast<std::uint64_t>(Tag::Object);
  }

  constexpr double asNumber() const { return std::bit_cast<double>(bits_); }
  constexpr bool asBoolean() const { return (bits_ & 1) != 0; }
  constexpr CellId asCell() const { return static_cast<CellId>(bits_); }

  constexpr std::uint64_t bits() const { return bits_; }
  static constexpr Value fromBits(std::uint64_t bits) {
    Value v;
    v.bits_ = bits;
    return v;
  }

  // Identity of the word: same tag and payload. For numbers this is not SameValue
  // (NaN is canonical, so NaN equals NaN, and +0 differs from -0), which is exactly
  // what SameValue needs for non-strings; strings compare by content elsewhere.
  friend constexpr bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }

 private:
  static constexpr std::uint64_t kCanonicalNaN = 0x7FF8'0000'0000'0000ULL;
  static constexpr std::uint64_t box(Tag tag, std::uint32_t payload) {
    return (static_cast<std::uint64_t>(tag) << 48) | payload;
  }
  constexpr bool hasTag(Tag tag) const { return (bits_ >> 48) == static_cast<std::uint64_t>(tag); }

  std::uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace reachable
