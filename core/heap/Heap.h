#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "heap/CellPool.h"
#include "heap/HeapCell.h"
#include "heap/HeapObserver.h"
#include "heap/KeptObjects.h"
#include "heap/MemoryFootprint.h"
#include "heap/Primitives.h"
#include "heap/ProgramObjects.h"
#include "heap/Shape.h"
#include "heap/WriteLog.h"

namespace reachable {

// What one named property or element adds to an object's estimated size (a tagged word).
inline constexpr std::size_t kPropertyBytes = 8;

// Both limits are on the memory the heap's cells really hold (memoryFootprint), not
// on the V8-like size estimate the learner sees.
struct HeapOptions {
  // An automatic collection starts when the heap's memory passes this.
  std::size_t collectThresholdBytes = 256u << 20;
  // What may stay live after a collection before the program is stopped.
  std::size_t budgetBytes = 1u << 30;
  // Memory allocated between two quiet collections (Collector::collectQuietly), or
  // what the program holds where that is more; 0 turns them off.
  std::size_t quietCollectionBytes = 8u << 20;
};

// A reference that does not keep its cell alive and that no later cell reusing the
// same id can answer to (a queued cleanup task holds its registry this way).
struct WeakHandle {
  CellId id = kNoCell;
  std::uint32_t serial = 0;
};

// The table of cells. It allocates, addresses cells by id, estimates their sizes
// and frees them when the collector says so. It knows nothing of roots: those
// belong to whoever runs the program.
class Heap {
 public:
  explicit Heap(HeapOptions options = {});
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  template <class T, class... Args>
  T& make(Args&&... args) {
    static_assert(alignof(T) <= CellPool::kAlignment, "the cell pool aligns cells to 8 bytes");
    auto* cell = new (pool_.allocate(sizeof(T))) T(std::forward<Args>(args)...);
    adopt(cell);
    return *cell;
  }

  HeapCell* find(CellId id) const { return id < cells_.size() ? cells_[id] : nullptr; }
  HeapCell& get(CellId id) const { return *cells_[id]; }
  template <class T>
  T& as(CellId id) const {
    return static_cast<T&>(*cells_[id]);
  }
  template <class T>
  T& as(Value v) const {
    return static_cast<T&>(*cells_[v.asCell()]);
  }
  bool contains(CellId id) const { return find(id) != nullptr; }

  WeakHandle weakHandle(CellId id) const { return {id, cells_[id]->serial}; }
  HeapCell* resolve(WeakHandle handle) const;

  // Ids range over [1, idLimit()); some are free.
  CellId idLimit() const { return static_cast<CellId>(cells_.size()); }
  std::size_t cellCount() const { return cellCount_; }
  // The serial the next cell will get: cells made from now on have one at least this.
  std::uint32_t nextSerial() const { return nextSerial_; }
  // The program starts now: cells made from here on are its objects (ProgramObjects).
  // From then on, too, a new cell past the allocation limit throws HeapLimitReached:
  // the engine's own cells (built-ins, compiled constants) are never refused.
  void startProgram() {
    programObjects_ = ProgramObjects(nextSerial_);
    limitAllocation_ = true;
    engineFootprint_ = footprint_;
  }
  const ProgramObjects& programObjects() const { return programObjects_; }
  // The estimated size, as V8 would lay the cells out: what the learner's figures show.
  std::size_t bytes() const { return bytes_; }
  // The memory the cells really hold: what the threshold and the budget measure.
  std::size_t footprint() const { return footprint_; }
  const HeapOptions& options() const { return options_; }

  // The write barrier: every change to a cell's contents calls one of these, so that
  // a timeline being recorded sees what each step changed. Free while not recording.
  void noteWrite(HeapCell& cell) {
    if (writes_.on()) [[unlikely]]
      writes_.note(cell, WriteLog::kWhole, WriteLog::kToEnd);
  }
  // Only elements from `first` on (and the length) changed: an array grew at its end.
  void noteElementsFrom(HeapCell& cell, std::uint32_t first) {
    if (writes_.on()) [[unlikely]]
      writes_.note(cell, first, WriteLog::kToEnd);
  }
  // The elements moved as a whole (shift, unshift, splice on a dense array).
  void noteSplice(HeapCell& cell, WriteLog::Splice splice) {
    if (writes_.on()) [[unlikely]]
      writes_.noteSplice(cell, splice);
  }
  // Only element `index` changed, within the length: an array's element or a Map's
  // entry (by its place among the live ones) was overwritten.
  void noteElement(HeapCell& cell, std::uint32_t index) {
    if (writes_.on()) [[unlikely]]
      writes_.note(cell, index, index + 1);
  }
  WriteLog& writeLog() { return writes_; }

  // Re-estimates a cell's size after it grew or shrank.
  void reaccount(HeapCell& cell);
  // An object just gained one named property: what reaccount would find, without the
  // estimate's walk (an inline cache's write does this millions of times).
  void accountNewProperty(HeapCell& cell) {
    cell.accountedBytes += kPropertyBytes;
    bytes_ += kPropertyBytes;
    footprint_ += footprintGrowth(cell.kind, kPropertyBytes);
  }
  // Whether the heap has passed the point where an automatic collection is due: where
  // it would be had no quiet collection given memory back, so that a full collection
  // comes at the same point of a run with them as without.
  bool collectionDue() const { return footprint_ + reclaimedQuietly_ >= nextAutomaticCollection_; }
  bool quietCollectionDue() const { return footprint_ >= nextQuietCollection_; }
  // Either: what the interpreter checks at every step.
  bool someCollectionDue() const { return collectionDue() || quietCollectionDue(); }
  bool overBudget() const { return footprint_ > options_.budgetBytes; }
  // Whether memory, garbage included, has grown past what any run may hold between
  // two chances to collect: twice the budget, plus the threshold's worth of garbage.
  // A new cell past it throws HeapLimitReached: work that cannot collect (a
  // built-in's loop, one long expression) stops there rather than exhaust the machine.
  bool pastAllocationLimit() const {
    return footprint_ > 2 * options_.budgetBytes + options_.collectThresholdBytes;
  }
  // Called by the collector once a collection is over.
  void afterCollection();
  void afterQuietCollection(std::size_t reclaimed);
  // A quiet collection was due but may not run now (a recording would see objects
  // vanish): ask again once as much more memory is in use.
  void postponeQuietCollection() { scheduleQuietCollection(); }
  // Called by the collector's sweep only.
  void release(CellId id);

  Value newString(std::u16string text);
  // `first` followed by `second` (both strings), joined only when its text is read.
  Value newConcatenation(Value first, Value second);
  std::size_t length(Value string) const { return as<StringCell>(string).length; }
  // A string's first code units (at most kStartShown) without joining a concatenation:
  // what the timeline shows of a string a loop is building, read at every step.
  static constexpr std::size_t kStartShown = 32;
  std::u16string_view start(Value string) const;
  // The one string cell for this text that property names use; never freed.
  Value intern(std::u16string_view text);
  Value intern(std::string_view ascii);
  // The interned string that names array index `index` ("12"), if one was made;
  // never makes it. Answered at once for an index past every one interned so far.
  std::optional<Value> internedIndexName(std::uint32_t index) const;
  const std::u16string& text(Value string) const {
    const auto& cell = as<StringCell>(string);
    if (cell.isConcatenation()) [[unlikely]] flatten(cell);
    return cell.text;
  }

  Value newSymbol(Value description);
  // Symbol.for(key): one registered symbol per key, never freed, never weakly held.
  Value registeredSymbol(Value key);

  Value newBigInt(mpz_class value);
  // A value the compiled code names as a constant (a BigInt literal): kept as long as
  // the heap, as interned strings are.
  void keepForever(Value cell) { keptForever_.push_back(cell); }

  // ECMA-262 CanBeHeldWeakly: objects and symbols that are not registered.
  bool canBeHeldWeakly(Value v) const;

  // The shape of an object without properties: the root of every shape.
  Shape& emptyShape() { return emptyShape_; }

  KeptObjects& kept() { return kept_; }
  const KeptObjects& kept() const { return kept_; }

  // Cells the heap itself keeps alive: interned strings, registered symbols and
  // compiled constants.
  template <class F>
  void forEachOwnRoot(F&& f) const {
    for (const auto& entry : interned_) f(entry.second);
    for (const auto& entry : registeredSymbols_) f(entry.second);
    for (Value v : keptForever_) f(v);
  }

  // Optional display label of a cell ("user", "image cache"), kept beside the table
  // so that unlabelled cells pay nothing.
  void setLabel(CellId id, std::string label) { labels_[id] = std::move(label); }
  const std::string* label(CellId id) const;

  // Memory a cell holds beyond what estimateSize sees (a stub's image pixels),
  // counted in its accounted size from now on.
  void setExternalBytes(HeapCell& cell, std::size_t bytes);
  // Allocation sites and the cells freed, for whoever watches (null: nobody).
  void setObserver(HeapObserver* observer) { observer_ = observer; }

 private:
  static constexpr std::uint8_t kHasExternalBytes = 1;
  std::size_t accountedSize(const HeapCell& cell) const;
  // Sets the cell's accounted size to what it holds now; whether that changed it.
  bool resize(HeapCell& cell);
  void flatten(const StringCell& cell) const;

  void adopt(HeapCell* cell);
  CellId takeId();
  void scheduleQuietCollection();

  void destroy(HeapCell* cell);
  template <class T>
  void dispose(HeapCell* cell) {
    auto* typed = static_cast<T*>(cell);
    typed->~T();
    pool_.release(typed, sizeof(T));
  }

  HeapOptions options_;
  CellPool pool_;  // first made, last gone: the cells live in it
  std::vector<HeapCell*> cells_;
  std::deque<CellId> freeIds_;
  std::size_t cellCount_ = 0;
  std::size_t bytes_ = 0;
  std::size_t footprint_ = 0;
  bool limitAllocation_ = false;
  std::size_t nextAutomaticCollection_;
  std::size_t nextQuietCollection_;
  // The memory quiet collections gave back since the last full one.
  std::size_t reclaimedQuietly_ = 0;
  // The memory the engine's own cells held when the program started.
  std::size_t engineFootprint_ = 0;
  std::uint32_t nextSerial_ = 1;
  ProgramObjects programObjects_;
  std::unordered_map<std::u16string, Value> interned_;
  std::int64_t largestInternedIndex_ = -1;  // of the interned strings that name an index
  std::unordered_map<std::u16string, Value> registeredSymbols_;
  std::vector<Value> keptForever_;
  std::unordered_map<CellId, std::string> labels_;
  std::unordered_map<CellId, std::size_t> externalBytes_;
  HeapObserver* observer_ = nullptr;
  KeptObjects kept_;
  Shape emptyShape_;
  WriteLog writes_;
};

// Estimated size in bytes of a cell and what it owns, roughly as V8 would lay it out.
std::size_t estimateSize(const HeapCell& cell);
// The estimate of an empty cell of a kind: its header, before properties or entries.
std::size_t estimateBase(CellKind kind);

}  // namespace reachable
