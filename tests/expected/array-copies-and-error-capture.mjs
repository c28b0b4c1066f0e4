// ES2023's change-array-by-copy methods, ES2024's well-formed strings, Annex B's trimLeft and
// trimRight, Array.prototype[Symbol.unscopables] and V8's Error.captureStackTrace (Node 18 lacks some).
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
t(() => [1, 2].with(5, 1)); t(() => [1, 2].with(-3, 1)); t(() => [1, 2, 3].with(-1, 'z'));
t(() => [].toSorted(1)); t(() => Array.prototype.toReversed.call({ length: 2 ** 32 }));
t(() => Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1));
t(() => [, 1].toReversed()); t(() => [3, undefined, , 1].toSorted()); t(() => [1, 2, 3].toSpliced(1, 1, 'a', 'b'));
t(() => [5, 1, 4].toSorted((a, b) => b - a)); t(() => [1, 2, 3].toSpliced(-1)); t(() => [1, 2, 3].toSpliced());
t(() => Array.prototype.toReversed.call({ length: 2, 0: 'a', 1: 'b' }));
const orig = [3, 1, 2]; orig.toSorted(); orig.toReversed(); orig.with(0, 9); console.log(orig);
t(() => 'ab\uD800'.isWellFormed()); t(() => JSON.stringify('ab\uD800c\uDC00'.toWellFormed())); t(() => 'ok😀'.isWellFormed());
t(() => String.prototype.trimLeft === String.prototype.trimStart); t(() => String.prototype.trimLeft.name);
t(() => Array.prototype[Symbol.unscopables]);
t(() => Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables).writable);
const o = { name: 'N', message: 'm' }; Error.captureStackTrace(o);
console.log(Object.getOwnPropertyDescriptor(o, 'stack'), o.stack);
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; Error.captureStackTrace(this, MyError); } }
const e = new MyError('bad'); console.log(e.stack, Object.keys(e), Error.stackTraceLimit);
const p = {}; Error.captureStackTrace(p); console.log(JSON.stringify(p.stack));
t(() => Error.captureStackTrace(1)); console.log(e, Error.captureStackTrace.length);
