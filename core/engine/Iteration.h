#pragma once

#include <optional>
#include <vector>

#include "engine/Engine.h"

namespace reachable {

// The iteration protocol (ECMA-262 §7.4) for built-ins: GetIterator, then `next`
// until done. Returns false with the error pending when user code threw.
struct IteratorRecord {
  Value iterator;
  Value next;
};

// `iterableText`, when given, names the iterable in the TypeError as V8 does
// ("obj is not iterable").
std::optional<IteratorRecord> getIterator(Engine& engine, Value iterable, std::u16string_view iterableText = {});
// The same for a `for await` over an iterable without [Symbol.asyncIterator], with
// V8's message for one that has neither method.
std::optional<IteratorRecord> getSyncIteratorForAwait(Engine& engine, Value iterable, std::u16string_view iterableText);
// The same for `yield*`, with V8's message for what is not iterable there.
std::optional<IteratorRecord> getDelegateIterator(Engine& engine, Value iterable);
// The same for `yield*` in an async generator over what has no [Symbol.asyncIterator]:
// V8 calls the method unchecked there ("undefined is not a function").
std::optional<IteratorRecord> getSyncIteratorForAsyncDelegate(Engine& engine, Value iterable);
// The next value, or nullopt when done (check the engine for a pending error).
std::optional<Value> iteratorStep(Engine& engine, const IteratorRecord& record);
bool iteratorClose(Engine& engine, const IteratorRecord& record);
// IteratorClose after a throw: the iterator is closed and the original error stays
// pending, whatever `return` itself did. Returns Value::exception().
Value closeAfterThrow(Engine& engine, const IteratorRecord& record);
// Where a spread is: V8 words what is not iterable differently in a call's arguments.
enum class SpreadPlace : std::uint8_t { ArrayLiteral, Arguments };
// Appends every value of `iterable` to the array `target` (spread in literals and calls).
bool appendIterated(Engine& engine, Value target, Value iterable, std::u16string_view iterableText = {},
                    SpreadPlace place = SpreadPlace::ArrayLiteral);

}  // namespace reachable
