#pragma once

#include <optional>
#include <string_view>

#include "engine/Iteration.h"

namespace reachable {

// GetIterator(iterable, async) for `for await`: the iterable's [Symbol.asyncIterator]
// iterator, else its sync iterator wrapped by CreateAsyncFromSyncIterator, whose
// next() and return() answer with promises of { value, done } that settle once the
// sync iterator's value does (ECMA-262 27.1.4). `iterableText` names the iterable in
// V8's TypeError.
std::optional<IteratorRecord> getAsyncIterator(Engine& engine, Value iterable, std::u16string_view iterableText);
// The same for `yield*` in an async generator, where V8 words its failures as a
// property read and a call ("undefined is not a function").
std::optional<IteratorRecord> getDelegateAsyncIterator(Engine& engine, Value iterable);

}  // namespace reachable
