#pragma once

#include <cstdint>
#include <string_view>

#include "heap/PropertyAttributes.h"
#include "heap/Value.h"

namespace reachable {

// Every kind of thing the heap holds. Strings, symbols and BigInts are primitives to
// JavaScript but cells to the collector: they are allocated, traced and freed.
enum class CellKind : std::uint8_t {
  String,
  Symbol,
  Object,
  Array,
  Function,
  Context,
  AccessorPair,
  Map,
  Set,
  WeakMap,
  WeakSet,
  WeakRef,
  FinalizationRegistry,
  Promise,
  Error,
  // A suspended async function's frame, parked while it awaits.
  AsyncFrame,
  // new Number(1), Object("s"): an object carrying a primitive value.
  PrimitiveWrapper,
  BigInt,
  // What a generator function's call returns: it holds the generator's parked frame.
  Generator,
  // new Proxy(target, handler): an object whose every operation goes to a handler.
  Proxy,
  RegExp,
  // new Date(…): an object carrying a time value.
  Date,
};

std::string_view cellKindName(CellKind kind);

// Whether a kind is a JavaScript object (has properties and a prototype). Contexts
// and accessor pairs are engine-internal cells; strings, symbols and BigInts are
// primitives.
constexpr bool isObjectKind(CellKind kind) {
  return kind != CellKind::String && kind != CellKind::Symbol && kind != CellKind::BigInt &&
         kind != CellKind::Context &&
         kind != CellKind::AccessorPair && kind != CellKind::AsyncFrame;
}

// The header every cell starts with. Cells have no virtual functions: the heap
// switches on `kind` to trace and destroy them, as clox does, which keeps the
// header small and the collector's inner loop free of indirect calls.
struct HeapCell {
  // Bits of `flags`: bit 0 is the heap's (external bytes), bit 1 the write log's.
  // This one marks what the engine makes for the module itself (the function that
  // runs its body, the promise of an async module): cells a program never made and
  // the view leaves out.
  static constexpr std::uint8_t kEngineOwned = 4;
  // And this one what the engine makes on the program's behalf, which the program
  // never wrote and never gets hold of by its own call (the { value, done } of each
  // turn of a for…of, a promise's resolve function): objects of the view all the
  // same, but ones it may leave out.
  static constexpr std::uint8_t kEngineMade = 8;

  explicit HeapCell(CellKind k) : kind(k) {}

  CellKind kind;
  std::uint8_t flags = 0;
  // A JavaScript object's own flags, in the two bytes that would otherwise pad the
  // header (so that an object with a few properties takes 80 bytes rather than 88;
  // V8 keeps the like in its maps' bit fields). Other cells leave them alone.
  bool extensible : 1 = true;
  // Arrays only: whether `length` can be assigned, and the attributes every element
  // shares (Object.freeze makes them read-only all at once).
  bool lengthWritable : 1 = true;
  // An arguments object (util.inspect prints it as [Arguments]).
  bool isArguments : 1 = false;
  // Arrays only: some indices (defined with their own attributes or as accessors)
  // live among the named properties, leaving a hole in `elements`.
  bool namedIndices : 1 = false;
  std::uint8_t elementAttributes = kDefaultAttributes;
  CellId id = kNoCell;
  // Allocation serial: tells a reused id apart from the cell that held it before.
  std::uint32_t serial = 0;
  // The size estimate last added to the heap's byte count.
  std::uint32_t accountedBytes = 0;
  // Where the program allocated this cell (an index the engine defines; 0: unknown).
  std::uint32_t site = 0;
};

}  // namespace reachable
