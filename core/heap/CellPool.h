#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

#include <sys/mman.h>

#include "heap/AddressSanitizer.h"

namespace reachable {

// Memory for cells by size class. A freed cell's chunk waits for the next cell of its
// size, so a program that makes and drops millions of objects does not go through
// malloc for each: a collection frees thousands at once, far more than malloc's
// per-thread caches keep. Chunks are never given back before the heap goes; what a
// program had at its peak it can have again. Under AddressSanitizer every cell is its
// own allocation, so that a use after free is still caught.
class CellPool {
 public:
  static constexpr std::size_t kAlignment = 8;

  CellPool() = default;
  ~CellPool() {
    for (auto [slab, bytes] : slabs_) munmap(slab, bytes);
  }
  CellPool(const CellPool&) = delete;
  CellPool& operator=(const CellPool&) = delete;

  void* allocate(std::size_t size) {
    const std::size_t c = sizeClass(size);
    if (c >= kClasses) return ::operator new(size);
    if (Free* chunk = free_[c]) {
      free_[c] = chunk->next;
      // Freed chunks lie wherever the sweep found them: fetch the next one now, so
      // that the next allocation of this size does not wait on memory for its link.
      __builtin_prefetch(chunk->next, 1);
      return chunk;
    }
    return carve(c);
  }

  void release(void* memory, std::size_t size) {
    const std::size_t c = sizeClass(size);
    if (c >= kClasses) {
      ::operator delete(memory);
      return;
    }
    auto* chunk = static_cast<Free*>(memory);
    chunk->next = free_[c];
    free_[c] = chunk;
  }

 private:
  struct Free {
    Free* next;
  };
  // Sizes go up in steps of the cells' alignment (their widest members are pointers
  // and Values), finer than malloc's 16, so that a cell takes its own size, not that
  // size rounded up to a multiple of 16.
  static constexpr std::size_t kGranule = kAlignment;
#if REACHABLE_ADDRESS_SANITIZER
  static constexpr std::size_t kClasses = 0;
#else
  static constexpr std::size_t kClasses = 33;  // chunks of up to 256 bytes
#endif
  // A size class's slabs double from 64 KiB, so that a small program touches little
  // memory, up to 2 MiB. A slab is mapped with its pages already in (MAP_POPULATE):
  // carving goes through it in order anyway, and one call that fills 2 MiB costs far
  // less than 512 page faults (a third of the allocation benchmark's system time).
  static constexpr std::size_t kFirstSlabBytes = 64 * 1024;
  static constexpr std::size_t kLargestSlabBytes = 2 * 1024 * 1024;

  static std::size_t sizeClass(std::size_t size) { return (size + kGranule - 1) / kGranule; }

  void* carve(std::size_t c) {
    const std::size_t chunk = c * kGranule;
    if (next_[c] == nullptr || next_[c] + chunk > end_[c]) {
      const std::size_t bytes = slabBytes_[c] =
          slabBytes_[c] ? std::min(2 * slabBytes_[c], kLargestSlabBytes) : kFirstSlabBytes;
      void* m = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
      if (m == MAP_FAILED) throw std::bad_alloc();
      auto* slab = static_cast<char*>(m);
      slabs_.push_back({slab, bytes});
      next_[c] = slab;
      end_[c] = slab + bytes;
    }
    void* memory = next_[c];
    next_[c] += chunk;
    return memory;
  }

  std::array<Free*, kClasses> free_{};
  std::array<char*, kClasses> next_{};
  std::array<char*, kClasses> end_{};
  std::array<std::size_t, kClasses> slabBytes_{};
  std::vector<std::pair<void*, std::size_t>> slabs_;
};

}  // namespace reachable
