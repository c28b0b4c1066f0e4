#pragma once

#include <string_view>

#include "engine/Engine.h"
#include "heap/FunctionCells.h"
#include "heap/PromiseCell.h"

namespace reachable {

// The promise machinery of ECMA-262 §27.2: resolving, settling, reactions as jobs.
namespace promises {

Value newPromise(Engine& engine);
bool isPromise(Engine& engine, Value v);
// The resolve function's steps: a thenable is followed (through a job), anything
// else fulfils.
void resolve(Engine& engine, CellId promise, Value resolution);
void fulfill(Engine& engine, CellId promise, Value value);
void reject(Engine& engine, CellId promise, Value reason);
// PerformPromiseThen: `derived` is the promise the handlers' result settles, or a
// parked async frame to resume.
void then(Engine& engine, CellId promise, Value onFulfilled, Value onRejected, Value derived);
// PromiseResolve(%Promise%, value): the value itself when it is a promise.
Value promiseResolve(Engine& engine, Value value);
// Resolve and reject functions for `promise` that share one "already resolved" flag.
std::pair<Value, Value> resolvingFunctions(Engine& engine, CellId promise);
// "resolve" or "reject" for a function resolvingFunctions made (their `name` is
// empty, as ECMA-262 says), else empty.
std::string_view resolvingFunctionName(const JSFunction& fn);

}  // namespace promises
}  // namespace reachable
