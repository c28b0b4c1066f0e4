#include "heap/MemoryFootprint.h"

#include <array>

#include "heap/AsyncFrameCell.h"
#include "heap/CollectionCells.h"
#include "heap/FunctionCells.h"
#include "heap/GeneratorCell.h"
#include "heap/Heap.h"
#include "heap/Primitives.h"
#include "heap/PromiseCell.h"
#include "heap/ProxyObject.h"
#include "heap/RegExpCell.h"
#include "heap/WeakCells.h"

namespace reachable {

namespace {

struct KindFootprint {
  std::size_t fixed;     // the C++ object and its slot in the heap's table of cells
  std::size_t quarters;  // the estimate's ratio to real memory, in quarters
};

constexpr std::size_t kTableSlot = sizeof(HeapCell*);

template <class T>
constexpr std::size_t fixedPart() {
  return (sizeof(T) + 7) / 8 * 8 + kTableSlot;
}

// The ratios come from the resident size of programs that fill each kind: vectors of
// values hold up to twice what they use (6 quarters on average); a Map's entry costs
// its vector slot plus a node of the hash index, a Set's the same for 16 estimated
// bytes; a string's characters sit in their own allocation, with room to spare when
// it was built by appending; so do a BigInt's digits, exactly as many as it needs.
constexpr std::array<KindFootprint, 22> kFootprints = {{
    {fixedPart<StringCell>() + 16, 5},             // String
    {fixedPart<SymbolCell>(), 4},                  // Symbol
    {fixedPart<JSObject>(), 6},                    // Object
    {fixedPart<JSObject>(), 6},                    // Array
    {fixedPart<JSFunction>(), 6},                  // Function
    {fixedPart<Context>(), 6},                     // Context
    {fixedPart<AccessorPair>(), 4},                // AccessorPair
    {fixedPart<MapObject>(), 9},                   // Map
    {fixedPart<SetObject>(), 16},                  // Set
    {fixedPart<WeakMapObject>(), 9},               // WeakMap
    {fixedPart<WeakSetObject>(), 16},              // WeakSet
    {fixedPart<WeakRefObject>(), 6},               // WeakRef
    {fixedPart<FinalizationRegistryObject>(), 8},  // FinalizationRegistry
    {fixedPart<PromiseObject>(), 8},               // Promise
    {fixedPart<JSObject>(), 6},                    // Error
    {fixedPart<AsyncFrame>(), 6},                  // AsyncFrame
    {fixedPart<PrimitiveWrapperObject>(), 6},      // PrimitiveWrapper
    {fixedPart<BigIntCell>() + 16, 4},             // BigInt
    {fixedPart<GeneratorObject>(), 6},             // Generator
    {fixedPart<ProxyObject>(), 6},                 // Proxy
    {fixedPart<RegExpObject>(), 6},                // RegExp
    {fixedPart<DateObject>(), 6},                  // Date
}};

static_assert(static_cast<std::size_t>(CellKind::Date) + 1 == kFootprints.size(),
              "one footprint per kind of cell");

}  // namespace

std::size_t memoryFootprint(CellKind kind, std::size_t estimate) {
  const KindFootprint& f = kFootprints[static_cast<std::size_t>(kind)];
  // The fixed part already holds what the estimate's base stands for.
  return f.fixed + (estimate - estimateBase(kind)) * f.quarters / 4;
}

std::size_t footprintGrowth(CellKind kind, std::size_t estimateBytes) {
  return estimateBytes * kFootprints[static_cast<std::size_t>(kind)].quarters / 4;
}

}  // namespace reachable
