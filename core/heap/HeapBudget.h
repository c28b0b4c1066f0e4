#pragma once

#include <cstddef>
#include <new>
#include <string>

namespace reachable {

// Thrown by the heap when a new cell takes its memory past Heap::pastAllocationLimit:
// work that makes cells without ever reaching a point where the collector may run
// (one expression concatenating 100,000 strings) is stopped at allocation, as a
// failed allocation would be, and the run ends with allocationLimitMessage.
struct HeapLimitReached : std::bad_alloc {
  const char* what() const noexcept override { return "the heap passed its allocation limit"; }
};

// The message that stops a run whose heap passed its budget: the size rounded up to
// a tenth of a MiB, so that it never reads as equal to the budget it exceeds.
std::string heapBudgetMessage(std::size_t bytes, std::size_t budgetBytes);
// The message that stops work that could not collect (one built-in's loop) once the
// heap's memory, garbage included, passed what any run may hold.
std::string allocationLimitMessage(std::size_t bytes, std::size_t budgetBytes);
// The message that stops a run when the machine refused memory the heap asked for.
std::string allocationFailedMessage(std::size_t bytes, std::size_t budgetBytes);

}  // namespace reachable
