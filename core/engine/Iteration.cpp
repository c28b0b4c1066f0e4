#include "engine/Iteration.h"

#include "engine/Builtins.h"
#include "engine/Conversions.h"
#include "engine/EngineMade.h"
#include "engine/Interpreter.h"
#include "engine/IteratorTurn.h"
#include "engine/ObjectOps.h"
#include "text/Utf16.h"

namespace reachable {

namespace {

// GetIterator(iterable, sync), with `notIterable(method)` saying how V8 words the
// TypeError for a value whose @@iterator is no method.
template <class Message>
std::optional<IteratorRecord> iteratorOf(Engine& engine, Value iterable, Message notIterable) {
  Value method = iterable.isNullish()
                     ? Value::undefined()
                     : ops::get(engine, iterable, PropertyKey::fromAtom(engine.realm().symbols.iterator));
  if (method.isException()) return std::nullopt;
  if (!engine.isCallable(method)) {
    engine.throwError(ErrorType::TypeError, notIterable(method));
    return std::nullopt;
  }
  // The iterator a built-in makes for for…of, spread or destructuring is the engine's.
  Value iterator = callForEngine(engine, method, iterable, {});
  if (iterator.isException()) return std::nullopt;
  if (!iterator.isObject()) {
    engine.throwError(ErrorType::TypeError, "Result of the Symbol.iterator method is not an object");
    return std::nullopt;
  }
  Value next = ops::get(engine, iterator, PropertyKey::fromAtom(engine.atoms().next));
  if (next.isException()) return std::nullopt;
  return IteratorRecord{iterator, next};
}

}  // namespace

std::optional<IteratorRecord> getIterator(Engine& engine, Value iterable, std::u16string_view iterableText) {
  return iteratorOf(engine, iterable, [&](Value) {
    std::string name = iterableText.empty() ? toDisplayString(engine, iterable) : toUtf8(iterableText);
    return name + " is not iterable";
  });
}

std::optional<IteratorRecord> getSyncIteratorForAwait(Engine& engine, Value iterable, std::u16string_view iterableText) {
  return iteratorOf(engine, iterable, [&](Value) {
    std::string name = iterableText.empty() ? toDisplayString(engine, iterable) : toUtf8(iterableText);
    return name + " is not async iterable";
  });
}

std::optional<IteratorRecord> getSyncIteratorForAsyncDelegate(Engine& engine, Value iterable) {
  return iteratorOf(engine, iterable,
                    [&](Value method) { return typedDescription(engine, method) + " is not a function"; });
}

std::optional<IteratorRecord> getDelegateIterator(Engine& engine, Value iterable) {
  return iteratorOf(engine, iterable, [&](Value) {
    return typedDescription(engine, iterable) + " is not iterable (cannot read property Symbol(Symbol.iterator))";
  });
}

std::optional<Value> iteratorStep(Engine& engine, const IteratorRecord& record) {
  // Every turn counts, so that a built-in draining an endless iterator whose `next`
  // runs no statement still meets the budgets.
  if (!engine.interpreter().countIteration()) return std::nullopt;
  if (IteratorTurnFunction turn = builtinIteratorTurn(engine, record.next)) {
    IteratorTurn t = turn(engine, record.iterator);
    if (t.value.isException() || t.done) return std::nullopt;
    return t.value;
  }
  Value result = callForEngine(engine, record.next, record.iterator, {});
  if (result.isException()) return std::nullopt;
  if (!result.isObject()) {
    engine.throwError(ErrorType::TypeError, "Iterator result " + toDisplayString(engine, result) + " is not an object");
    return std::nullopt;
  }
  Interpreter::Pin pin(engine.interpreter(), result);
  Value done = ops::get(engine, result, PropertyKey::fromAtom(engine.atoms().done));
  if (done.isException() || toBoolean(engine, done)) return std::nullopt;
  Value value = ops::get(engine, result, PropertyKey::fromAtom(engine.atoms().value));
  if (value.isException()) return std::nullopt;
  return value;
}

bool iteratorClose(Engine& engine, const IteratorRecord& record) {
  Value method = ops::get(engine, record.iterator, PropertyKey::fromAtom(engine.atoms().return_));
  if (method.isException()) return false;
  if (method.isNullish()) return true;
  Value result = callForEngine(engine, method, record.iterator, {});
  if (result.isException()) return false;
  if (!result.isObject()) {
    engine.throwError(ErrorType::TypeError, "Iterator result " + toDisplayString(engine, result) + " is not an object");
    return false;
  }
  return true;
}

Value closeAfterThrow(Engine& engine, const IteratorRecord& record) {
  Value thrown = engine.takePendingException();
  Interpreter::Pin pin(engine.interpreter(), thrown);
  iteratorClose(engine, record);
  if (engine.hasPendingException()) engine.takePendingException();
  return engine.throwValue(thrown);
}

// V8's messages for f(...x): "x is not iterable (cannot read property null)" for null
// and undefined, and for anything else without an iterator method its own words.
std::optional<IteratorRecord> getArgumentsIterator(Engine& engine, Value iterable, std::u16string_view iterableText) {
  return iteratorOf(engine, iterable, [&](Value) {
    if (!iterable.isNullish()) return std::string("Spread syntax requires ...iterable[Symbol.iterator] to be a function");
    const std::string value = toDisplayString(engine, iterable);
    return (iterableText.empty() ? value : toUtf8(iterableText)) + " is not iterable (cannot read property " + value + ")";
  });
}

bool appendIterated(Engine& engine, Value target, Value iterable, std::u16string_view iterableText,
                    SpreadPlace place) {
  auto record = place == SpreadPlace::Arguments ? getArgumentsIterator(engine, iterable, iterableText)
                                                : getIterator(engine, iterable, iterableText);
  if (!record) return false;
  Interpreter::Pin pinIterator(engine.interpreter(), record->iterator);
  Interpreter::Pin pinNext(engine.interpreter(), record->next);
  while (auto value = iteratorStep(engine, *record)) {
    auto& array = engine.heap().as<JSObject>(target);
    engine.heap().noteElementsFrom(array, static_cast<std::uint32_t>(array.elements.size()));
    array.elements.push_back(*value);
    engine.heap().reaccount(array);
  }
  return !engine.hasPendingException();
}

}  // namespace reachable
