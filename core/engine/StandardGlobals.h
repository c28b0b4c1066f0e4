#pragma once

#include <span>
#include <string_view>

namespace reachable {

// The names Node's global object holds (ECMAScript's globals and Node's own), and
// which of them this engine does not have. A program that names a missing one is
// refused before it runs, so that it either runs as in Node or does not run at all:
// a ReferenceError for `Date` would read as the learner's mistake.
std::span<const std::string_view> standardGlobalNames();

// Whether `name` is a standard global this engine lacks.
bool isMissingStandardGlobal(std::string_view name);

// Whether `source` may name a standard global this engine lacks: false when no such
// name occurs in its text at all (nor a \u escape, which could spell one), so that
// the scope analysis that finds the references is needed only then.
bool mayNameMissingStandardGlobal(std::string_view source);

// Whether this engine's global object has `name` (WeakRef, undefined, gc, alert…).
bool isEngineGlobal(std::string_view name);

}  // namespace reachable
