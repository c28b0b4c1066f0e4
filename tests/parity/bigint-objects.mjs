// BigInts among objects: printed by console.log as Node prints them, as Map and Set
// keys (equal by value), in JSON, in wrappers, and refused as WeakRef targets.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`);
  }
};

console.log(123n);
console.log(-0n, [1n, -2n, 3n], { a: 1n, b: [2n] });
console.log([1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n, 88888888n]);
console.log(Object(1n), [Object(-2n)], { w: Object(3n) });
console.log('%s %d %i %f', 5n, 6n, 7n, 8n);
console.log(`${1n}`, String([1n, 2n]), [1n, 2n].join('-'));

const map = new Map([[1n, 'one']]);
map.set(2n ** 70n, 'big');
show('map get', () => [map.get(1n), map.get(BigInt(1)), map.get(1), map.get(2n ** 70n), map.has(-1n)]);
const set = new Set([1n, 1n, BigInt('1'), 1, -0n, 0n]);
show('set', () => set);
show('map', () => map);

show('json', () => JSON.stringify({ a: 1n }));
show('json wrapper', () => JSON.stringify([Object(1n)]));
show('json toJSON', () => {
  BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
  try {
    return JSON.stringify({ a: 1n, b: [2n] });
  } finally {
    delete BigInt.prototype.toJSON;
  }
});
show('json parse', () => JSON.parse('{"a": 12345678901234567890}').a);

show('weakref', () => new WeakRef(1n));
show('weakmap', () => new WeakMap().set(1n, 1));
show('weakset', () => new WeakSet().add(1n));
show('registry', () => new FinalizationRegistry(() => {}).register(1n, 'held'));
show('wrapper weakref', () => typeof new WeakRef(Object(1n)).deref());

const big = 2n ** 128n;
let list = [];
for (let i = 0n; i < 5n; i++) list.push(big + i);
gc();
console.log(list.length, list[4] - list[0], typeof list[2]);
