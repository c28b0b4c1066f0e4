#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

#include "heap/Value.h"

namespace reachable {

// An object's integer-indexed elements (holes included): a vector that costs one word
// while it has never held anything, which is most objects' case, so that a small
// object stays small (every object has room for elements; only arrays, arguments and
// the engine's own records use it). The vector is made on the first write.
//
// An array's length may reach past the vector, as V8's dictionary elements let it:
// `a[1e9] = 1` keeps the vector as it was and the index among the named properties
// (JSObject::namedIndices), so a sparse array costs what it holds, not its length.
// Every index from the vector's end to the length is a hole or such a named index.
class ElementStorage {
 public:
  using Vector = std::vector<Value>;

  ElementStorage() = default;
  ElementStorage(const ElementStorage&) = delete;
  ElementStorage& operator=(const ElementStorage&) = delete;

  ElementStorage& operator=(Vector values) {
    if (values.empty() && !block_) return *this;
    block() = Block{std::move(values), 0};
    return *this;
  }
  ElementStorage& operator=(std::initializer_list<Value> values) { return *this = Vector(values); }

  // The vector's size: the dense part, which every index below is stored in.
  std::size_t size() const { return block_ ? block_->values.size() : 0; }
  // An array's length: the vector's size, or more where the array is sparse.
  std::uint32_t length() const {
    return block_ ? std::max(static_cast<std::uint32_t>(block_->values.size()), block_->length) : 0;
  }
  // Sets the length, cutting the vector where it is longer (named indices past the
  // new length are the caller's to remove).
  void setLength(std::uint32_t length) {
    if (length < size()) block_->values.resize(length);
    if (length > 0 || block_) block().length = length;
  }
  bool isSparse() const { return length() > size(); }
  bool empty() const { return size() == 0; }
  Value& operator[](std::size_t i) { return block_->values[i]; }
  const Value& operator[](std::size_t i) const { return block_->values[i]; }

  // The values as a vector, for whoever reads or edits them whole.
  Vector& vector() { return block().values; }
  const Vector& vector() const { return block_ ? block_->values : kEmpty; }
  operator const Vector&() const { return vector(); }

  Vector::iterator begin() { return vector().begin(); }
  Vector::iterator end() { return vector().end(); }
  Vector::const_iterator begin() const { return vector().begin(); }
  Vector::const_iterator end() const { return vector().end(); }

  void push_back(Value v) { vector().push_back(v); }
  void pop_back() { block_->values.pop_back(); }
  void reserve(std::size_t n) {
    if (n > 0) vector().reserve(n);
  }
  void resize(std::size_t n) { vector().resize(n); }
  void resize(std::size_t n, Value fill) { vector().resize(n, fill); }
  template <class Iterator>
  void assign(Iterator first, Iterator last) {
    vector().assign(first, last);
  }
  template <class... Args>
  Vector::iterator insert(Args&&... args) {
    return vector().insert(std::forward<Args>(args)...);
  }
  template <class... Args>
  Vector::iterator erase(Args&&... args) {
    return vector().erase(std::forward<Args>(args)...);
  }

 private:
  struct Block {
    Vector values;
    // The length where it passes the vector's size (below it, the size counts).
    std::uint32_t length = 0;
  };
  Block& block() {
    if (!block_) block_ = std::make_unique<Block>();
    return *block_;
  }

  static inline const Vector kEmpty;
  std::unique_ptr<Block> block_;
};

}  // namespace reachable
