#include "heap/Heap.h"

#include <algorithm>
#include <limits>

#include "heap/AsyncFrameCell.h"
#include "heap/CollectionCells.h"
#include "heap/FunctionCells.h"
#include "heap/GeneratorCell.h"
#include "heap/HeapBudget.h"
#include "heap/PromiseCell.h"
#include "heap/ProxyObject.h"
#include "heap/RegExpCell.h"
#include "heap/WeakCells.h"

namespace reachable {

namespace {

// Freed ids are reused only once this many are waiting, oldest first. A small
// program therefore never sees an id come back (a learner's "object #3" is always
// the same object), while a loop that makes millions of short-lived objects keeps
// the table bounded.
constexpr std::size_t kIdReuseReserve = 4096;

// The array index a string names ("0", "12", never "012" or "1e3"), if any.
std::optional<std::int64_t> arrayIndexNamed(std::u16string_view text) {
  if (text.empty() || text.size() > 10 || (text.size() > 1 && text[0] == u'0')) return std::nullopt;
  std::int64_t value = 0;
  for (char16_t c : text) {
    if (c < u'0' || c > u'9') return std::nullopt;
    value = value * 10 + (c - u'0');
  }
  if (value >= 4294967295) return std::nullopt;
  return value;
}

}  // namespace

void Heap::destroy(HeapCell* cell) {
  switch (cell->kind) {
    case CellKind::String: dispose<StringCell>(cell); return;
    case CellKind::Symbol: dispose<SymbolCell>(cell); return;
    case CellKind::BigInt: dispose<BigIntCell>(cell); return;
    case CellKind::Context: dispose<Context>(cell); return;
    case CellKind::AccessorPair: dispose<AccessorPair>(cell); return;
    case CellKind::Function: dispose<JSFunction>(cell); return;
    case CellKind::Map: dispose<MapObject>(cell); return;
    case CellKind::Set: dispose<SetObject>(cell); return;
    case CellKind::WeakMap: dispose<WeakMapObject>(cell); return;
    case CellKind::WeakSet: dispose<WeakSetObject>(cell); return;
    case CellKind::WeakRef: dispose<WeakRefObject>(cell); return;
    case CellKind::FinalizationRegistry: dispose<FinalizationRegistryObject>(cell); return;
    case CellKind::Promise: dispose<PromiseObject>(cell); return;
    case CellKind::AsyncFrame: dispose<AsyncFrame>(cell); return;
    case CellKind::PrimitiveWrapper: dispose<PrimitiveWrapperObject>(cell); return;
    case CellKind::Generator: dispose<GeneratorObject>(cell); return;
    case CellKind::Proxy: dispose<ProxyObject>(cell); return;
    case CellKind::RegExp: dispose<RegExpObject>(cell); return;
    case CellKind::Date: dispose<DateObject>(cell); return;
    case CellKind::Error: dispose<ErrorObject>(cell); return;
    case CellKind::Object:
    case CellKind::Array: dispose<JSObject>(cell); return;
  }
}

Heap::Heap(HeapOptions options)
    : options_(options), cells_(1, nullptr), nextAutomaticCollection_(options.collectThresholdBytes) {
  scheduleQuietCollection();
}

Heap::~Heap() {
  for (auto* cell : cells_) {
    if (cell) destroy(cell);
  }
}

CellId Heap::takeId() {
  if (freeIds_.size() > kIdReuseReserve) {
    CellId id = freeIds_.front();
    freeIds_.pop_front();
    return id;
  }
  cells_.push_back(nullptr);
  return static_cast<CellId>(cells_.size() - 1);
}

void Heap::adopt(HeapCell* cell) {
  cell->id = takeId();
  cell->serial = nextSerial_++;
  cells_[cell->id] = cell;
  ++cellCount_;
  cell->accountedBytes = static_cast<std::uint32_t>(estimateSize(*cell));
  bytes_ += cell->accountedBytes;
  footprint_ += memoryFootprint(cell->kind, cell->accountedBytes);
  if (limitAllocation_ && pastAllocationLimit()) [[unlikely]]
    throw HeapLimitReached();
  noteWrite(*cell);
  if (observer_) cell->site = observer_->siteOfNewCell(*cell);
}

std::size_t Heap::accountedSize(const HeapCell& cell) const {
  std::size_t size = estimateSize(cell);
  if (cell.flags & kHasExternalBytes) size += externalBytes_.at(cell.id);
  return size;
}

void Heap::setExternalBytes(HeapCell& cell, std::size_t bytes) {
  externalBytes_[cell.id] = bytes;
  cell.flags |= kHasExternalBytes;
  reaccount(cell);
}

HeapCell* Heap::resolve(WeakHandle handle) const {
  auto* cell = find(handle.id);
  return cell && cell->serial == handle.serial ? cell : nullptr;
}

bool Heap::resize(HeapCell& cell) {
  const std::uint32_t before = cell.accountedBytes;
  bytes_ -= cell.accountedBytes;
  footprint_ -= memoryFootprint(cell.kind, cell.accountedBytes);
  cell.accountedBytes = static_cast<std::uint32_t>(accountedSize(cell));
  bytes_ += cell.accountedBytes;
  footprint_ += memoryFootprint(cell.kind, cell.accountedBytes);
  return cell.accountedBytes != before;
}

void Heap::reaccount(HeapCell& cell) {
  // A step shows each object's size, so a new size is a write, even one made after
  // the step that changed the contents (an array finished by a built-in whose
  // iterator, a generator, ran steps of its own). Of an object, only its end moved.
  if (resize(cell) && writes_.on()) [[unlikely]] {
    writes_.note(cell, isObjectKind(cell.kind)
                           ? static_cast<std::uint32_t>(static_cast<const JSObject&>(cell).elements.size())
                           : WriteLog::kWhole,
                 WriteLog::kToEnd);
  }
}

void Heap::afterCollection() {
  // Like V8's heap growing: when much is still live, wait until the heap has doubled
  // before the next automatic collection, so that a program holding data near the
  // threshold is not collected at every allocation.
  nextAutomaticCollection_ = std::max(options_.collectThresholdBytes, 2 * footprint_);
  reclaimedQuietly_ = 0;
  scheduleQuietCollection();
}

void Heap::afterQuietCollection(std::size_t reclaimed) {
  reclaimedQuietly_ += reclaimed;
  scheduleQuietCollection();
}

// The next quiet collection once the heap has grown by its allowance or by what the
// program holds, whichever is more: each costs a mark of what is live, which the
// memory allocated meanwhile pays for.
void Heap::scheduleQuietCollection() {
  const std::size_t held = footprint_ - std::min(footprint_, engineFootprint_);
  nextQuietCollection_ = options_.quietCollectionBytes == 0
                             ? std::numeric_limits<std::size_t>::max()
                             : footprint_ + std::max(options_.quietCollectionBytes, held);
}

void Heap::release(CellId id) {
  HeapCell* cell = cells_[id];
  bytes_ -= cell->accountedBytes;
  footprint_ -= memoryFootprint(cell->kind, cell->accountedBytes);
  --cellCount_;
  if (observer_) observer_->released(*cell);
  if (!labels_.empty()) labels_.erase(id);
  if (cell->flags & kHasExternalBytes) externalBytes_.erase(id);
  destroy(cell);
  cells_[id] = nullptr;
  freeIds_.push_back(id);
}

Value Heap::newString(std::u16string text) { return Value::string(make<StringCell>(std::move(text)).id); }

Value Heap::newConcatenation(Value first, Value second) {
  return Value::string(make<StringCell>(first, second, length(first) + length(second)).id);
}

// Walks the parts left first, with a stack of its own, until it has the start; a part
// that knows its start (flat, or read before) gives it at once. So reading the start
// of `s` after each `s = s + 'x'` costs the start's length, not the string's. The
// concatenation keeps what it found in its unused text.
std::u16string_view Heap::start(Value string) const {
  const auto& cell = as<StringCell>(string);
  if (!cell.isConcatenation() || !cell.text.empty())
    return std::u16string_view(cell.text).substr(0, kStartShown);
  std::u16string start;
  std::vector<const StringCell*> pending{&as<StringCell>(cell.second), &as<StringCell>(cell.first)};
  while (!pending.empty() && start.size() < kStartShown) {
    const StringCell* part = pending.back();
    pending.pop_back();
    if (part->isConcatenation() && part->text.empty()) {
      pending.push_back(&as<StringCell>(part->second));
      pending.push_back(&as<StringCell>(part->first));
      continue;
    }
    start += std::u16string_view(part->text).substr(0, kStartShown - start.size());
  }
  cell.text = std::move(start);
  return cell.text;
}

// Joins a concatenation's strings into its text, with a stack of its own: a loop's
// `s = s + 'x'` makes the joins as deep as the loop ran. The string holds its text from
// then on, and what it joined may be collected, as after V8 flattens a ConsString.
void Heap::flatten(const StringCell& cell) const {
  std::u16string text;
  text.reserve(cell.length);
  std::vector<const StringCell*> pending{&cell};
  while (!pending.empty()) {
    const StringCell* part = pending.back();
    pending.pop_back();
    if (!part->isConcatenation()) {
      text += part->text;
      continue;
    }
    // A concatenation's text, if any, is only its start (Heap::start): join its parts.
    pending.push_back(&as<StringCell>(part->second));
    pending.push_back(&as<StringCell>(part->first));
  }
  cell.text = std::move(text);
  cell.first = cell.second = Value::undefined();
  // The heap owns the cell and its accounts; reading a string only makes it hold
  // its text the way it will from now on.
  const_cast<Heap*>(this)->resize(const_cast<StringCell&>(cell));
}

Value Heap::intern(std::u16string_view text) {
  std::u16string key(text);
  auto it = interned_.find(key);
  if (it != interned_.end()) return it->second;
  auto& cell = make<StringCell>(key);
  cell.interned = true;
  if (auto index = arrayIndexNamed(key)) largestInternedIndex_ = std::max(largestInternedIndex_, *index);
  Value v = Value::string(cell.id);
  interned_.emplace(std::move(key), v);
  return v;
}

Value Heap::intern(std::string_view ascii) { return intern(std::u16string(ascii.begin(), ascii.end())); }

std::optional<Value> Heap::internedIndexName(std::uint32_t index) const {
  if (static_cast<std::int64_t>(index) > largestInternedIndex_) return std::nullopt;
  std::string name = std::to_string(index);
  auto it = interned_.find(std::u16string(name.begin(), name.end()));
  if (it == interned_.end()) return std::nullopt;
  return it->second;
}

Value Heap::newBigInt(mpz_class value) { return Value::bigint(make<BigIntCell>(std::move(value)).id); }

Value Heap::newSymbol(Value description) { return Value::symbol(make<SymbolCell>(description, false).id); }

Value Heap::registeredSymbol(Value key) {
  std::u16string text = this->text(key);
  auto it = registeredSymbols_.find(text);
  if (it != registeredSymbols_.end()) return it->second;
  Value symbol = Value::symbol(make<SymbolCell>(intern(text), true).id);
  registeredSymbols_.emplace(text, symbol);
  return symbol;
}

bool Heap::canBeHeldWeakly(Value v) const {
  if (v.isObject()) return true;
  return v.isSymbol() && !as<SymbolCell>(v).registered;
}

const std::string* Heap::label(CellId id) const {
  auto it = labels_.find(id);
  return it == labels_.end() ? nullptr : &it->second;
}

}  // namespace reachable
