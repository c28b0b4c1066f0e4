// structuredClone where Node 18 and 20 differ (this is Node 20's output): an error's
// `cause` is copied, a DataCloneError prints as a DOMException, the missing value
// and a bad transfer list are Node TypeErrors with a code.
const error = new TypeError('bad', { cause: { why: 'reason' } });
const copy = structuredClone(error);
console.log(copy.cause, copy.cause !== error.cause, Object.getOwnPropertyNames(copy));
const plain = new Error();
plain.name = 'NotStandard';
console.log(structuredClone(plain).name, Object.getOwnPropertyNames(structuredClone(plain)));
try {
  structuredClone(() => 1);
} catch (e) {
  console.log(e);
  console.log(Object.keys(e), Object.getPrototypeOf(Object.getPrototypeOf(e)) === Error.prototype);
}
for (const attempt of [() => structuredClone(), () => structuredClone(1, { transfer: [{}] }), () => structuredClone(1, 5)]) {
  try {
    attempt();
  } catch (e) {
    console.log(e.name, e.message, e.code);
  }
}
console.log(structuredClone(1, { transfer: [] }), structuredClone.length, structuredClone.name);
// DOMException is reached through a thrown one (it is not a global in Reachable).
const Exception = (() => { try { structuredClone(Symbol()); } catch (e) { return e.constructor; } })();
const made = new Exception('by hand', 'AbortError');
console.log(made.name, made.message, made.code, made instanceof Error);
