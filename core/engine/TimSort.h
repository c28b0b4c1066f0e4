#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace reachable {

// V8's Array.prototype.sort (third_party/v8/builtins/array-sort.tq, after CPython's
// listsort): TimSort with natural runs (descending ones reversed), runs shorter than
// the minimum run length extended by binary insertion, the merge_collapse invariants
// and galloping with an adaptive min_gallop. A program sees the comparator called with
// the same pairs, in the same order, as under Node 18 and 20 (whose V8 has no separate
// path for arrays under 10 elements yet: a newer V8 sorts those by insertion alone).
//
// `compare(x, y)` returns a number whose sign orders x before y when negative; it may
// throw to abandon the sort (the caller's JavaScript exception), which leaves
// `elements` in no useful order.
template <class T, class Compare>
class TimSort {
 public:
  TimSort(std::vector<T>& elements, Compare compare) : a_(elements), compare_(std::move(compare)) {}

  void sort() {
    const std::ptrdiff_t length = static_cast<std::ptrdiff_t>(a_.size());
    if (length < 2) return;
    std::ptrdiff_t low = 0;
    std::ptrdiff_t remaining = length;
    const std::ptrdiff_t minRun = minRunLength(length);
    while (remaining != 0) {
      std::ptrdiff_t run = countAndMakeRun(low, low + remaining);
      if (run < minRun) {
        const std::ptrdiff_t forced = std::min(minRun, remaining);
        binaryInsertionSort(low, low + run, low + forced);
        run = forced;
      }
      runs_.push_back({low, run});
      mergeCollapse();
      low += run;
      remaining -= run;
    }
    mergeForceCollapse();
  }

 private:
  static constexpr std::ptrdiff_t kMinGallopWins = 7;

  struct Run {
    std::ptrdiff_t base;
    std::ptrdiff_t length;
  };

  bool less(const T& x, const T& y) { return compare_(x, y) < 0; }

  // Sorts [low, high) given that [low, start) is sorted, low < start; stable.
  void binaryInsertionSort(std::ptrdiff_t low, std::ptrdiff_t start, std::ptrdiff_t high) {
    for (; start < high; ++start) {
      std::ptrdiff_t left = low;
      std::ptrdiff_t right = start;
      T pivot = a_[right];
      while (left < right) {
        const std::ptrdiff_t mid = left + ((right - left) >> 1);
        if (less(pivot, a_[mid])) {
          right = mid;
        } else {
          left = mid + 1;
        }
      }
      for (std::ptrdiff_t p = start; p > left; --p) a_[p] = a_[p - 1];
      a_[left] = pivot;
    }
  }

  // The length of the run at low: ascending (a[i] <= a[i+1]) or strictly
  // descending, which is reversed in place (strictness keeps the sort stable).
  std::ptrdiff_t countAndMakeRun(std::ptrdiff_t lowArg, std::ptrdiff_t high) {
    const std::ptrdiff_t low = lowArg + 1;
    if (low == high) return 1;
    std::ptrdiff_t runLength = 2;
    const bool descending = less(a_[low], a_[low - 1]);
    for (std::ptrdiff_t i = low + 1; i < high; ++i) {
      const bool ordered = less(a_[i], a_[i - 1]);
      if (descending != ordered) break;
      ++runLength;
    }
    if (descending) std::reverse(a_.begin() + lowArg, a_.begin() + lowArg + runLength);
    return runLength;
  }

  // n itself below 64; otherwise a k in [32, 64] with n / k just below a power of 2.
  static std::ptrdiff_t minRunLength(std::ptrdiff_t n) {
    std::ptrdiff_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  std::ptrdiff_t runLength(std::ptrdiff_t i) const { return runs_[static_cast<std::size_t>(i)].length; }

  // Whether run n-2 is longer than runs n-1 and n together.
  bool runInvariantEstablished(std::ptrdiff_t n) const {
    if (n < 2) return true;
    return runLength(n - 2) > runLength(n - 1) + runLength(n);
  }

  void mergeCollapse() {
    while (runs_.size() > 1) {
      std::ptrdiff_t n = static_cast<std::ptrdiff_t>(runs_.size()) - 2;
      if (!runInvariantEstablished(n + 1) || !runInvariantEstablished(n)) {
        if (runLength(n - 1) < runLength(n + 1)) --n;
        mergeAt(n);
      } else if (runLength(n) <= runLength(n + 1)) {
        mergeAt(n);
      } else {
        break;
      }
    }
  }

  void mergeForceCollapse() {
    while (runs_.size() > 1) {
      std::ptrdiff_t n = static_cast<std::ptrdiff_t>(runs_.size()) - 2;
      if (n > 0 && runLength(n - 1) < runLength(n + 1)) --n;
      mergeAt(n);
    }
  }

  void mergeAt(std::ptrdiff_t i) {
    const auto index = static_cast<std::size_t>(i);
    std::ptrdiff_t baseA = runs_[index].base;
    std::ptrdiff_t lengthA = runs_[index].length;
    const std::ptrdiff_t baseB = runs_[index + 1].base;
    std::ptrdiff_t lengthB = runs_[index + 1].length;
    runs_[index].length = lengthA + lengthB;
    runs_.erase(runs_.begin() + i + 1);

    // Elements of A before B's first one, and of B after A's last one, stay put.
    const std::ptrdiff_t k = gallopRight(a_, a_[baseB], baseA, lengthA, 0);
    baseA += k;
    lengthA -= k;
    if (lengthA == 0) return;
    lengthB = gallopLeft(a_, a_[baseA + lengthA - 1], baseB, lengthB, lengthB - 1);
    if (lengthB == 0) return;
    if (lengthA <= lengthB) {
      mergeLow(baseA, lengthA, baseB, lengthB);
    } else {
      mergeHigh(baseA, lengthA, baseB, lengthB);
    }
  }

  // The offset in [0, length] where key belongs in the sorted array[base, base+length),
  // left of any equal elements; the search starts at hint and gallops outwards.
  std::ptrdiff_t gallopLeft(const std::vector<T>& array, const T& key, std::ptrdiff_t base, std::ptrdiff_t length,
                            std::ptrdiff_t hint) {
    std::ptrdiff_t lastOfs = 0;
    std::ptrdiff_t offset = 1;
    if (less(array[base + hint], key)) {
      const std::ptrdiff_t maxOfs = length - hint;
      while (offset < maxOfs && less(array[base + hint + offset], key)) {
        lastOfs = offset;
        offset = (offset << 1) + 1;
      }
      offset = std::min(offset, maxOfs);
      lastOfs += hint;
      offset += hint;
    } else {
      const std::ptrdiff_t maxOfs = hint + 1;
      while (offset < maxOfs && !less(array[base + hint - offset], key)) {
        lastOfs = offset;
        offset = (offset << 1) + 1;
      }
      offset = std::min(offset, maxOfs);
      const std::ptrdiff_t previous = lastOfs;
      lastOfs = hint - offset;
      offset = hint - previous;
    }
    ++lastOfs;
    while (lastOfs < offset) {
      const std::ptrdiff_t m = lastOfs + ((offset - lastOfs) >> 1);
      if (less(array[base + m], key)) {
        lastOfs = m + 1;
      } else {
        offset = m;
      }
    }
    return offset;
  }

  // As gallopLeft, but right of any equal elements.
  std::ptrdiff_t gallopRight(const std::vector<T>& array, const T& key, std::ptrdiff_t base, std::ptrdiff_t length,
                             std::ptrdiff_t hint) {
    std::ptrdiff_t lastOfs = 0;
    std::ptrdiff_t offset = 1;
    if (less(key, array[base + hint])) {
      const std::ptrdiff_t maxOfs = hint + 1;
      while (offset < maxOfs && less(key, array[base + hint - offset])) {
        lastOfs = offset;
        offset = (offset << 1) + 1;
      }
      offset = std::min(offset, maxOfs);
      const std::ptrdiff_t previous = lastOfs;
      lastOfs = hint - offset;
      offset = hint - previous;
    } else {
      const std::ptrdiff_t maxOfs = length - hint;
      while (offset < maxOfs && !less(key, array[base + hint + offset])) {
        lastOfs = offset;
        offset = (offset << 1) + 1;
      }
      offset = std::min(offset, maxOfs);
      lastOfs += hint;
      offset += hint;
    }
    ++lastOfs;
    while (lastOfs < offset) {
      const std::ptrdiff_t m = lastOfs + ((offset - lastOfs) >> 1);
      if (less(key, array[base + m])) {
        offset = m;
      } else {
        lastOfs = m + 1;
      }
    }
    return offset;
  }

  static void copy(const std::vector<T>& source, std::ptrdiff_t from, std::vector<T>& target, std::ptrdiff_t to,
                   std::ptrdiff_t length) {
    if (&source == &target && from < to) {
      std::copy_backward(source.begin() + from, source.begin() + from + length, target.begin() + to + length);
    } else {
      std::copy(source.begin() + from, source.begin() + from + length, target.begin() + to);
    }
  }

  // Merges A = [baseA, baseA+lengthA) and B that follows it, lengthA <= lengthB, from
  // the left, with A moved aside. a[baseB] < a[baseA], and A's last element ends the
  // merge.
  void mergeLow(std::ptrdiff_t baseA, std::ptrdiff_t lengthA, std::ptrdiff_t baseB, std::ptrdiff_t lengthB) {
    std::vector<T> temp(a_.begin() + baseA, a_.begin() + baseA + lengthA);
    std::ptrdiff_t dest = baseA;
    std::ptrdiff_t cursorTemp = 0;
    std::ptrdiff_t cursorB = baseB;
    a_[dest++] = a_[cursorB++];
    auto succeed = [&] {
      if (lengthA > 0) copy(temp, cursorTemp, a_, dest, lengthA);
    };
    auto copyB = [&] {
      copy(a_, cursorB, a_, dest, lengthB);
      a_[dest + lengthB] = temp[cursorTemp];
    };
    if (--lengthB == 0) return succeed();
    if (lengthA == 1) return copyB();
    std::ptrdiff_t minGallop = minGallop_;
    for (;;) {
      std::ptrdiff_t winsA = 0;
      std::ptrdiff_t winsB = 0;
      for (;;) {
        if (less(a_[cursorB], temp[cursorTemp])) {
          a_[dest++] = a_[cursorB++];
          ++winsB;
          --lengthB;
          winsA = 0;
          if (lengthB == 0) return succeed();
          if (winsB >= minGallop) break;
        } else {
          a_[dest++] = temp[cursorTemp++];
          ++winsA;
          --lengthA;
          winsB = 0;
          if (lengthA == 1) return copyB();
          if (winsA >= minGallop) break;
        }
      }
      ++minGallop;
      bool firstIteration = true;
      while (winsA >= kMinGallopWins || winsB >= kMinGallopWins || firstIteration) {
        firstIteration = false;
        minGallop = std::max<std::ptrdiff_t>(1, minGallop - 1);
        minGallop_ = minGallop;
        winsA = gallopRight(temp, a_[cursorB], cursorTemp, lengthA, 0);
        if (winsA > 0) {
          copy(temp, cursorTemp, a_, dest, winsA);
          dest += winsA;
          cursorTemp += winsA;
          lengthA -= winsA;
          if (lengthA == 1) return copyB();
          // Impossible with a consistent comparator, which nobody promises.
          if (lengthA == 0) return succeed();
        }
        a_[dest++] = a_[cursorB++];
        if (--lengthB == 0) return succeed();
        winsB = gallopLeft(a_, temp[cursorTemp], cursorB, lengthB, 0);
        if (winsB > 0) {
          copy(a_, cursorB, a_, dest, winsB);
          dest += winsB;
          cursorB += winsB;
          lengthB -= winsB;
          if (lengthB == 0) return succeed();
        }
        a_[dest++] = temp[cursorTemp++];
        if (--lengthA == 1) return copyB();
      }
      ++minGallop;  // leaving galloping mode costs
      minGallop_ = minGallop;
    }
  }

  // The mirror of mergeLow, from the right with B moved aside, lengthA >= lengthB.
  void mergeHigh(std::ptrdiff_t baseA, std::ptrdiff_t lengthA, std::ptrdiff_t baseB, std::ptrdiff_t lengthB) {
    std::vector<T> temp(a_.begin() + baseB, a_.begin() + baseB + lengthB);
    std::ptrdiff_t dest = baseB + lengthB - 1;
    std::ptrdiff_t cursorTemp = lengthB - 1;
    std::ptrdiff_t cursorA = baseA + lengthA - 1;
    a_[dest--] = a_[cursorA--];
    auto succeed = [&] {
      if (lengthB > 0) copy(temp, 0, a_, dest - (lengthB - 1), lengthB);
    };
    auto copyA = [&] {
      dest -= lengthA;
      cursorA -= lengthA;
      copy(a_, cursorA + 1, a_, dest + 1, lengthA);
      a_[dest] = temp[cursorTemp];
    };
    if (--lengthA == 0) return succeed();
    if (lengthB == 1) return copyA();
    std::ptrdiff_t minGallop = minGallop_;
    for (;;) {
      std::ptrdiff_t winsA = 0;
      std::ptrdiff_t winsB = 0;
      for (;;) {
        if (less(temp[cursorTemp], a_[cursorA])) {
          a_[dest--] = a_[cursorA--];
          ++winsA;
          --lengthA;
          winsB = 0;
          if (lengthA == 0) return succeed();
          if (winsA >= minGallop) break;
        } else {
          a_[dest--] = temp[cursorTemp--];
          ++winsB;
          --lengthB;
          winsA = 0;
          if (lengthB == 1) return copyA();
          if (winsB >= minGallop) break;
        }
      }
      ++minGallop;
      bool firstIteration = true;
      while (winsA >= kMinGallopWins || winsB >= kMinGallopWins || firstIteration) {
        firstIteration = false;
        minGallop = std::max<std::ptrdiff_t>(1, minGallop - 1);
        minGallop_ = minGallop;
        winsA = lengthA - gallopRight(a_, temp[cursorTemp], baseA, lengthA, lengthA - 1);
        if (winsA > 0) {
          dest -= winsA;
          cursorA -= winsA;
          copy(a_, cursorA + 1, a_, dest + 1, winsA);
          lengthA -= winsA;
          if (lengthA == 0) return succeed();
        }
        a_[dest--] = temp[cursorTemp--];
        if (--lengthB == 1) return copyA();
        winsB = lengthB - gallopLeft(temp, a_[cursorA], 0, lengthB, lengthB - 1);
        if (winsB > 0) {
          dest -= winsB;
          cursorTemp -= winsB;
          copy(temp, cursorTemp + 1, a_, dest + 1, winsB);
          lengthB -= winsB;
          if (lengthB == 1) return copyA();
          // Impossible with a consistent comparator, which nobody promises.
          if (lengthB == 0) return succeed();
        }
        a_[dest--] = a_[cursorA--];
        if (--lengthA == 0) return succeed();
      }
      ++minGallop;
      minGallop_ = minGallop;
    }
  }

  std::vector<T>& a_;
  Compare compare_;
  std::vector<Run> runs_;
  std::ptrdiff_t minGallop_ = kMinGallopWins;
};

}  // namespace reachable
