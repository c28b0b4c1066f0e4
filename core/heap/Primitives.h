#pragma once

#include <gmpxx.h>

#include <cstddef>
#include <string>

#include "heap/HeapCell.h"

namespace reachable {

// A JavaScript string: UTF-16 code units, since JavaScript strings may hold lone
// surrogates and index by code unit.
//
// A long concatenation is first made as V8's ConsString is: the two strings it joins,
// and their length, so that `s = s + 'x'` in a loop copies nothing; the first read of
// its text joins them (Heap::text), and then it is a flat string like any other.
struct StringCell : HeapCell {
  explicit StringCell(std::u16string s) : HeapCell(CellKind::String), text(std::move(s)), length(text.size()) {}
  StringCell(Value first, Value second, std::size_t joined)
      : HeapCell(CellKind::String), first(first), second(second), length(joined) {}
  bool isConcatenation() const { return !first.isUndefined(); }

  // Flattening a concatenation fills these in on a read; the string does not change.
  // Until then a concatenation's text may keep its start (Heap::start).
  mutable std::u16string text;
  mutable Value first, second;  // of a concatenation not yet read; else undefined
  std::size_t length;
  // Interned strings (property names) are never freed while the heap lives.
  bool interned = false;
};

struct SymbolCell : HeapCell {
  explicit SymbolCell(Value desc, bool reg) : HeapCell(CellKind::Symbol), description(desc), registered(reg) {}
  Value description;  // a string, or undefined for Symbol()
  // Made by Symbol.for: such a symbol can never be held weakly (ES2023 CanBeHeldWeakly).
  bool registered;
  // A class's #name: a key no property enumeration shows.
  bool isPrivate = false;
  // What the class declared under a private name: the brand check and V8's message
  // depend on it (engine/PrivateNames.h).
  enum class PrivateKind : std::uint8_t { Field, Method, Accessor };
  PrivateKind privateKind = PrivateKind::Field;
  bool privateStatic = false;
  // The declaring class's name, for the messages: an interned string, which lives as
  // long as the heap, so no edge is traced to it.
  Value privateClassName;
};

// A BigInt: an integer of any size, as GMP holds it. A BigInt never changes once made;
// its digits are freed with the cell.
struct BigIntCell : HeapCell {
  explicit BigIntCell(mpz_class v) : HeapCell(CellKind::BigInt), value(std::move(v)) {}
  mpz_class value;
};

}  // namespace reachable
