// Object.defineProperty on an array index: accessors and attributes must be honoured.
const item = ['foo', 'bar'];
Object.defineProperty(item, 0, { get() { throw new RangeError('from getter'); } });
try { console.log('read', item[0]); } catch (e) { console.log('caught', e.constructor.name, e.message); }
const arr = [1, 2, 3];
let reads = 0;
Object.defineProperty(arr, 1, { get() { reads++; return 'got'; }, configurable: true });
console.log(arr[1], arr.join('-'), arr.length, reads);
const frozen = [1, 2];
Object.defineProperty(frozen, 0, { value: 9, writable: false });
try { frozen[0] = 5; } catch (e) { console.log(e.constructor.name); }
console.log(frozen[0], Object.getOwnPropertyDescriptor(frozen, 0));
class E extends Error {}
const pair = ['k', 'v'];
Object.defineProperty(pair, 0, { get() { throw new E('abrupt'); } });
let closed = 0;
const iterable = { [Symbol.iterator]() { return { next() { return { value: pair, done: false }; }, return() { closed++; return {}; } }; } };
try { new WeakMap(iterable); } catch (e) { console.log('WeakMap', e instanceof E, closed); }
try { new Map(iterable); } catch (e) { console.log('Map', e instanceof E, closed); }
