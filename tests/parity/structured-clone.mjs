// structuredClone: a deep copy that keeps cycles and shared references, copies plain
// objects, arrays (holes included), Map, Set, Date, RegExp, wrapped primitives and
// BigInt, and refuses what it cannot copy with a DataCloneError.
const original = { n: 1, s: 'text', nothing: null, missing: undefined, big: 10n, date: new Date(0), re: /a+/g };
original.map = new Map([[1, { k: 1 }], ['two', [2]]]);
original.set = new Set([1, 'x', original.map]);
original.self = original;
original.list = [1, , 3];
original.list.label = 'named';
original.twice = [original.map, original.map];
const copy = structuredClone(original);
console.log(copy);
console.log(copy !== original, copy.self === copy, copy.twice[0] === copy.twice[1], copy.map !== original.map);
console.log(copy.set.has(copy.map), 1 in copy.list, copy.list.length);

class Point {
  constructor() { this.x = 1; }
  get sum() { return this.x + 1; }
}
const point = structuredClone(new Point());
console.log(point, Object.getPrototypeOf(point) === Object.prototype);
const withGetter = structuredClone({ get lazy() { return 7; }, [Symbol('hidden')]: 1 });
console.log(withGetter, Object.getOwnPropertyDescriptor(withGetter, 'lazy'));
const hidden = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2 });
console.log(structuredClone(hidden));

const regex = /b/gi;
regex.lastIndex = 3;
const regexCopy = structuredClone(regex);
console.log(regexCopy, regexCopy.lastIndex, regexCopy.test('aB'));
console.log(structuredClone([new Number(3), new String('ab'), new Boolean(false), Object(5n), -0]));
console.log(Object.is(structuredClone(-0), -0), structuredClone('s'), structuredClone(null));
const sparse = [];
sparse[4] = 'end';
console.log(structuredClone(sparse), structuredClone(new Array(3)).length);

const error = new RangeError('out of range');
error.extra = 1;
const errorCopy = structuredClone(error);
console.log(errorCopy.name, errorCopy.message, errorCopy.extra, errorCopy instanceof RangeError);
class MyError extends Error {
  constructor(message) { super(message); this.name = 'MyError'; }
}
const mine = structuredClone(new MyError('mine'));
console.log(mine.name, mine.message, mine instanceof MyError, mine instanceof Error);

for (const value of [function named() {}, () => 1, Symbol('sym'), new WeakMap(), new WeakSet(), Promise.resolve(),
  new Proxy({}, {}), { nested: { method() {} } }, Math.max]) {
  try {
    structuredClone(value);
    console.log('cloned');
  } catch (e) {
    console.log(e.name, '|', e.message, '|', e instanceof Error, e.constructor.name, e.code, String(e));
  }
}
