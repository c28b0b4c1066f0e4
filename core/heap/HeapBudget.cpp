#include "heap/HeapBudget.h"

#include <cstdio>

namespace reachable {

namespace {

std::string mebibytes(std::size_t bytes, bool roundUp) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  std::size_t tenths = (bytes * 10 + (roundUp ? kMiB - 1 : 0)) / kMiB;
  if (tenths % 10 == 0) return std::to_string(tenths / 10) + " MiB";
  char text[32];
  std::snprintf(text, sizeof text, "%zu.%zu MiB", tenths / 10, tenths % 10);
  return text;
}

}  // namespace

std::string heapBudgetMessage(std::size_t bytes, std::size_t budgetBytes) {
  return "the live heap (" + mebibytes(bytes, true) + ") exceeds its budget of " + mebibytes(budgetBytes, false);
}

std::string allocationLimitMessage(std::size_t bytes, std::size_t budgetBytes) {
  return "the heap (" + mebibytes(bytes, true) + ", garbage included) grew past twice its budget of " +
         mebibytes(budgetBytes, false) + " without a chance to collect";
}

std::string allocationFailedMessage(std::size_t bytes, std::size_t budgetBytes) {
  return "the heap (" + mebibytes(bytes, true) + ") could not grow: the machine refused more memory before its budget of " +
         mebibytes(budgetBytes, false) + " was reached";
}

}  // namespace reachable
