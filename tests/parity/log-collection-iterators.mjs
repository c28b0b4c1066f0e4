// Map and Set iterators print what they have still to give, as Node's util.inspect
// previews them: keys or values, or [ key, value ] entries, nothing once used up.
const map = new Map([['a', 1], ['b', { nested: [1, 2] }], ['c', 3]]);
const set = new Set(['x', 'y', 'z']);

const keys = map.keys();
console.log(keys);
keys.next();
console.log(keys);
console.log(map.values(), map.entries(), map[Symbol.iterator]());
const entries = map.entries();
entries.next();
entries.next();
console.log(entries);
entries.next();
console.log(entries, entries.next());

console.log(set.values(), set.keys(), set.entries());
const setValues = set.values();
setValues.next();
console.log([setValues], { iterator: setValues });

const big = new Map(Array.from({ length: 120 }, (_, i) => [i, i * 2]));
console.log(big.keys());
map.delete('c');
console.log(map.keys(), new Set().values());
console.log(Object.prototype.toString.call(map.keys()), String(set.values()));
