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
//
// The values that are one of a kind (undefined, null, false, true and the engine's
// markers) share one tag and differ by payload, as V8's "oddballs" do; that leaves a
// tag for each kind of cell, and the cell tags at the top of the space, so that
// isCell() is a single comparison.
class Value {
 public:
  enum class Tag : std::uint16_t {
    Oddball = 0xFFF9,
    BigInt = 0xFFFC,
    String = 0xFFFD,
    Symbol = 0xFFFE,
    Object = 0xFFFF,
  };

  constexpr Value() : bits_(box(Tag::Oddball, kUndefined)) {}

  static constexpr Value undefined() { return Value(); }
  static constexpr Value null() { return fromBits(box(Tag::Oddball, kNull)); }
  static constexpr Value boolean(bool b) { return fromBits(box(Tag::Oddball, b ? kTrue : kFalse)); }
  static constexpr Value number(double d) {
    if (d != d) return fromBits(kCanonicalNaN);
    return fromBits(std::bit_cast<std::uint64_t>(d));
  }
  static constexpr Value bigint(CellId id) { return fromBits(box(Tag::BigInt, id)); }
  static constexpr Value string(CellId id) { return fromBits(box(Tag::String, id)); }
  static constexpr Value symbol(CellId id) { return fromBits(box(Tag::Symbol, id)); }
  static constexpr Value object(CellId id) { return fromBits(box(Tag::Object, id)); }
  // Engine-internal markers that never reach JavaScript code: an array hole, the
  // "not yet initialised" state of a let/const binding (temporal dead zone), and
  // the result of a built-in that threw.
  static constexpr Value hole() { return fromBits(box(Tag::Oddball, kHole)); }
  static constexpr Value uninitialized() { return fromBits(box(Tag::Oddball, kUninitialized)); }
  // What a built-in returns when it threw; the thrown value waits in the engine.
  static constexpr Value exception() { return fromBits(box(Tag::Oddball, kException)); }

  constexpr bool isNumber() const { return (bits_ >> 48) <= 0xFFF8; }
  constexpr bool isUndefined() const { return bits_ == box(Tag::Oddball, kUndefined); }
  constexpr bool isNull() const { return bits_ == box(Tag::Oddball, kNull); }
  constexpr bool isNullish() const { return isUndefined() || isNull(); }
  // false and true differ in the payload's lowest bit only.
  constexpr bool isBoolean() const { return (bits_ | 1) == box(Tag::Oddball, kTrue); }
  constexpr bool isBigInt() const { return hasTag(Tag::BigInt); }
  constexpr bool isString() const { return hasTag(Tag::String); }
  constexpr bool isSymbol() const { return hasTag(Tag::Symbol); }
  constexpr bool isObject() const { return hasTag(Tag::Object); }
  constexpr bool isHole() const { return bits_ == hole().bits_; }
  constexpr bool isUninitialized() const { return bits_ == uninitialized().bits_; }
  constexpr bool isException() const { return bits_ == exception().bits_; }
  // BigInts, strings, symbols and objects live in the heap; the rest are immediate.
  constexpr bool isCell() const { return bits_ >= box(Tag::BigInt, 0); }

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
  // The oddballs' payloads; false and true must stay an even number and the next.
  static constexpr std::uint32_t kUndefined = 0, kNull = 1, kFalse = 2, kTrue = 3, kHole = 4, kUninitialized = 5,
                                 kException = 6;
  static constexpr std::uint64_t box(Tag tag, std::uint32_t payload) {
    return (static_cast<std::uint64_t>(tag) << 48) | payload;
  }
  constexpr bool hasTag(Tag tag) const { return (bits_ >> 48) == static_cast<std::uint64_t>(tag); }

  std::uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace reachable
