#pragma once

#include <span>

#include "engine/Engine.h"

namespace reachable {

// The objects the engine allocates on the program's behalf: the iterator of a for…of
// and the { value, done } of each of its turns, a promise's resolve and reject
// functions, Promise.all's bookkeeping. The program never wrote them and never gets
// hold of them by a call of its own; the one exception is a timer's Timeout, which
// setTimeout returns but which is Node's bookkeeping for a timer that the view shows
// among the event loop's roots already. They are marked where they are made
// (HeapCell::kEngineMade), so that the view can leave them out and say how many.

// Marks the object `v` as the engine's; nothing for a primitive.
void markEngineMade(Engine& engine, Value v);

// Calls `function` for the engine's own purposes (for…of asking an iterator for its
// next result, a combinator calling `then`): an object a built-in answers with and
// has just made is the engine's. What the program's own functions return stays the
// program's, fresh or not, and so does whatever the program gets by calling the same
// built-in itself (`it.next()`).
Value callForEngine(Engine& engine, Value function, Value thisValue, std::span<const Value> args);

}  // namespace reachable
