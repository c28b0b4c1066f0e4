#pragma once

#include <string>

#include "engine/Compiler.h"
#include "engine/Engine.h"

namespace reachable {

// How a run ended, as Node would end it.
struct RunOutcome {
  enum class Status : std::uint8_t {
    Completed,               // exit 0
    Uncaught,                // an uncaught error or unhandled rejection: exit 1
    Terminated,              // a limit of Reachable's: exit 1
    UnsettledTopLevelAwait,  // the module awaited something that never settles: exit 13
  };
  Status status = Status::Completed;
  Value thrown;             // Uncaught: what was thrown, or the reason of a rejection
  SourcePosition position;  // where
  std::string message;      // Terminated: the limit, in words
  bool rejected = false;    // Uncaught: a promise rejected with no handler, not a throw
};

// Evaluates the module as the first task, then runs the event loop until no task is
// left.
RunOutcome runProgram(Engine& engine, const CompiledProgram& program);
// Runs the event loop again until no task is left (after a collection asked for at the
// end of a run, the cleanup tasks it queued).
RunOutcome runEventLoop(Engine& engine);

// What Node prints for an uncaught value: an error's stack, anything else inspected;
// for an unhandled rejection whose reason is no error, Node's UnhandledPromiseRejection.
std::string describeUncaught(Engine& engine, const RunOutcome& outcome);

}  // namespace reachable
