// WeakMap.prototype.getOrInsert and getOrInsertComputed (the upsert proposal; not in Node 20).
const m = new WeakMap();
const a = {}, b = {}, c = {};
console.log(m.getOrInsert(a, 1), m.getOrInsert(a, 2), m.get(a));
let calls = 0;
console.log(m.getOrInsertComputed(b, (k) => { calls++; return k === b ? 'computed' : 'wrong'; }));
console.log(m.getOrInsertComputed(b, () => { calls++; return 'again'; }), calls);
m.getOrInsertComputed(c, () => { m.set(c, 'set inside'); return 'returned'; });
console.log(m.get(c));
console.log(WeakMap.prototype.getOrInsert.length, WeakMap.prototype.getOrInsertComputed.length);
console.log(WeakMap.prototype.getOrInsert.name, WeakMap.prototype.getOrInsertComputed.name);
for (const t of [() => m.getOrInsert(1, 1), () => m.getOrInsertComputed({}, 'not callable'), () => m.getOrInsertComputed(1, () => 1)]) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
}
const s = Symbol('key');
console.log(m.getOrInsert(s, 'symbol value'), m.has(s));
