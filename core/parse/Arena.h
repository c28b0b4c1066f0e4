#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace reachable {

// Bump allocator for AST nodes: allocation is a pointer increment and the
// whole tree is freed at once with the parse result. Only trivially
// destructible types go in, so nothing needs to run at release time.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>);
    return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
  }

  template <typename T>
  std::span<T> copy(const std::vector<T>& items) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (items.empty()) return {};
    auto* data = static_cast<T*>(allocate(sizeof(T) * items.size(), alignof(T)));
    std::memcpy(static_cast<void*>(data), items.data(), sizeof(T) * items.size());
    return {data, items.size()};
  }

  template <typename Char>
  std::basic_string_view<Char> copy(std::basic_string_view<Char> text) {
    if (text.empty()) return {};
    auto* data = static_cast<Char*>(allocate(sizeof(Char) * text.size(), alignof(Char)));
    std::memcpy(data, text.data(), sizeof(Char) * text.size());
    return {data, text.size()};
  }

  size_t bytesUsed() const { return used_; }

 private:
  static constexpr size_t kBlockSize = 64 * 1024;

  void* allocate(size_t size, size_t alignment) {
    size_t start = (offset_ + alignment - 1) & ~(alignment - 1);
    if (blocks_.empty() || start + size > blockSize_) {
      blockSize_ = size > kBlockSize ? size : kBlockSize;
      blocks_.push_back(std::make_unique<std::byte[]>(blockSize_));
      start = 0;
    }
    offset_ = start + size;
    used_ += size;
    return blocks_.back().get() + start;
  }

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  size_t blockSize_ = 0;
  size_t offset_ = 0;
  size_t used_ = 0;
};

}  // namespace reachable
