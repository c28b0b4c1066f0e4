// `for await (… of …)`: the loop's instructions around its awaits. Each turn calls
// next(), awaits what it returns (the Await instruction between these), then reads
// { value, done }; a loop left early calls return() and awaits that too.
#include "engine/AsyncFromSyncIterator.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "engine/ObjectOps.h"

namespace reachable {

namespace {

bool requireResultObject(Engine& engine, Value result) {
  if (result.isObject()) return true;
  engine.throwError(ErrorType::TypeError, "Iterator result " + toDisplayString(engine, result) + " is not an object");
  return false;
}

}  // namespace

// iterable → [iterator next]
bool Interpreter::getAsyncIterator(std::u16string_view iterableText, bool delegated) {
  auto record = delegated ? getDelegateAsyncIterator(engine_, sp_[-1])
                          : reachable::getAsyncIterator(engine_, sp_[-1], iterableText);
  if (!record) return false;
  sp_[-1] = record->iterator;
  *sp_++ = record->next;
  return true;
}

// [iterator next result] → [iterator next value], or [iterator next] when done.
bool Interpreter::asyncIteratorStep(bool& done) {
  Value result = sp_[-1];
  if (!requireResultObject(engine_, result)) return false;
  Value doneValue = ops::get(engine_, result, PropertyKey::fromAtom(engine_.atoms().done));
  if (doneValue.isException()) return false;
  done = toBoolean(engine_, doneValue);
  if (done) {
    --sp_;
    return true;
  }
  Value value = ops::get(engine_, result, PropertyKey::fromAtom(engine_.atoms().value));
  if (value.isException()) return false;
  sp_[-1] = value;
  return true;
}

// [iterator next] → [what return() gave, to await], or [] when there is no return().
bool Interpreter::asyncIteratorReturn(bool& absent) {
  Value iterator = sp_[-2];
  sp_ -= 2;
  Value method = ops::get(engine_, iterator, PropertyKey::fromAtom(engine_.atoms().return_));
  if (method.isException()) return false;
  absent = method.isNullish();
  if (absent) return true;
  Value result = engine_.call(method, iterator, {});
  if (result.isException()) return false;
  *sp_++ = result;
  return true;
}

}  // namespace reachable
