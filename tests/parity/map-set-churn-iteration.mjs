// A Map or Set that keeps deleting and adding: iterators part way through see
// exactly the entries the specification says, whatever the table does with the
// slots deleted entries leave.
const queue = new Map();
for (let i = 0; i < 20; i++) queue.set(i, 'v' + i);
const early = queue.keys();
console.log('early', early.next().value, early.next().value);
for (let i = 0; i < 20; i++) {
  queue.delete(i);
  queue.set(100 + i, 'w' + i);
}
console.log('early resumes', [...early].join(' '));
console.log('now', [...queue.keys()].slice(0, 5).join(' '), queue.size);

// An iterator abandoned by break, then taken up again after heavy churn.
const set = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const it = set.values();
for (const v of it) if (v === 3) break;
for (let round = 0; round < 50; round++) {
  set.delete(round % 10 + 1);
  set.add(round % 10 + 1);
}
console.log('after break', [...it].join(' '));

// forEach that deletes what it visits and adds more, past any compaction point.
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
let visits = 0;
m.forEach((value, key, map) => {
  visits++;
  map.delete(key);
  if (visits < 40) map.set(key + visits, value + 1);
});
console.log('forEach visits', visits, 'left', m.size, [...m.keys()].slice(-3).join(' '));

// clear() while an iterator is part way, then new entries: the iterator sees them.
const c = new Map([[1, 1], [2, 2], [3, 3]]);
const ci = c.entries();
ci.next();
c.clear();
for (let i = 10; i < 30; i++) c.set(i, i);
for (let i = 10; i < 25; i++) c.delete(i);
console.log('after clear', JSON.stringify([...ci]));

// A queue that churns a million times keeps its order and its size.
const q = new Map();
for (let i = 0; i < 100; i++) q.set(i, i);
for (let i = 0; i < 1_000_000; i++) {
  const k = i % 100;
  const v = q.get(k);
  q.delete(k);
  q.set(k, v + 1);
}
let sum = 0;
for (const [k, v] of q) sum += k * v;
console.log('queue', q.size, sum, [...q.keys()].slice(0, 4).join(' '));

// WeakMap and WeakSet entries deleted and added again.
const keys = Array.from({ length: 50 }, (_, i) => ({ i }));
const wm = new WeakMap();
const ws = new WeakSet();
for (let round = 0; round < 20; round++) {
  for (const k of keys) { wm.set(k, round); ws.add(k); }
  for (const k of keys) if (k.i % 3 !== round % 3) { wm.delete(k); ws.delete(k); }
}
console.log('weak', keys.filter((k) => wm.has(k)).length, keys.filter((k) => ws.has(k)).length, wm.get(keys[1]));
