#pragma once

#include <cstddef>
#include <string>

namespace reachable {

// The message that stops a run whose heap passed its budget: the size rounded up to
// a tenth of a MiB, so that it never reads as equal to the budget it exceeds.
std::string heapBudgetMessage(std::size_t bytes, std::size_t budgetBytes);

}  // namespace reachable
