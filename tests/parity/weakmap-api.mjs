// WeakMap's methods, constructor from an iterable, and refused keys (error names only).
const a = {}, b = function () {}, c = [];
const map = new WeakMap([[a, 1], [b, 2]]);
console.log(map.get(a), map.get(b), map.get(c), map.has(c));
console.log(map.set(c, 3) === map, map.get(c));
console.log(map.delete(c), map.delete(c), map.has(c));
map.set(a, 'replaced');
console.log(map.get(a), 'size' in map, typeof map.clear);
console.log(WeakMap.length, WeakMap.name, Object.prototype.toString.call(map));
console.log(['delete', 'get', 'set', 'has'].map((k) => typeof WeakMap.prototype[k]));
console.log(map.get(1), map.has('x'), map.delete(null));
const tries = [
  () => map.set(1, 1),
  () => map.set('str', 1),
  () => map.set(null, 1),
  () => map.set(Symbol.for('reg'), 1),
  () => new WeakMap([[1, 2]]),
  () => new WeakMap([1]),
  () => new WeakMap(5),
  () => WeakMap(),
  () => WeakMap.prototype.get.call({}, a),
  () => WeakMap.prototype.set.call(new Map(), a, 1),
];
for (const t of tries) {
  try { console.log('ok', t()); } catch (e) { console.log(e.constructor.name); }
}
console.log(new WeakMap(null).has(a), new WeakMap(undefined).has(a));
class Tagged extends WeakMap { set(k, v) { return super.set(k, 'tag:' + v); } }
const t = new Tagged([[a, 1]]);
console.log(t.get(a), t instanceof WeakMap);
