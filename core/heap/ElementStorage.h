#pragma once

#include <cstddef>
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
class ElementStorage {
 public:
  using Vector = std::vector<Value>;

  ElementStorage() = default;
  ElementStorage(const ElementStorage&) = delete;
  ElementStorage& operator=(const ElementStorage&) = delete;

  ElementStorage& operator=(Vector values) {
    if (values.empty() && !vector_) return *this;
    vector() = std::move(values);
    return *this;
  }
  ElementStorage& operator=(std::initializer_list<Value> values) { return *this = Vector(values); }

  std::size_t size() const { return vector_ ? vector_->size() : 0; }
  bool empty() const { return size() == 0; }
  Value& operator[](std::size_t i) { return (*vector_)[i]; }
  const Value& operator[](std::size_t i) const { return (*vector_)[i]; }

  // The values as a vector, for whoever reads or edits them whole.
  Vector& vector() {
    if (!vector_) vector_ = std::make_unique<Vector>();
    return *vector_;
  }
  const Vector& vector() const { return vector_ ? *vector_ : kEmpty; }
  operator const Vector&() const { return vector(); }

  Vector::iterator begin() { return vector().begin(); }
  Vector::iterator end() { return vector().end(); }
  Vector::const_iterator begin() const { return vector().begin(); }
  Vector::const_iterator end() const { return vector().end(); }

  void push_back(Value v) { vector().push_back(v); }
  void pop_back() { vector_->pop_back(); }
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
  static inline const Vector kEmpty;
  std::unique_ptr<Vector> vector_;
};

}  // namespace reachable
