// About a million steps (the program's cap): `reachable bench/million-steps.mjs --bench-open`.
const cache = new Map();
let total = 0;
for (let i = 0; i < 160000; i++) {
  const item = { id: i, label: 'item' };
  cache.set(i % 100, item);
  total += item.id;
  if (i % 50 === 49) gc();
}
console.log(total);
