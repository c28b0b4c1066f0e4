// Map and Set traffic: inserts, lookups, deletes and iteration, with string and
// object keys.
const byName = new Map();
const seen = new Set();
const keys = [];
for (let i = 0; i < 2000; i += 1) keys.push({ id: i });
let hits = 0;
for (let round = 0; round < 100; round += 1) {
  for (let i = 0; i < 2000; i += 1) {
    const name = `k${(i * 31 + round) % 3000}`;
    byName.set(name, (byName.get(name) ?? 0) + 1);
    if (seen.has(keys[i])) hits += 1;
    else seen.add(keys[i]);
  }
  for (let i = round; i < 2000; i += 100) seen.delete(keys[i]);
  for (const [name, count] of byName) if (count > round) byName.delete(name);
}
let sum = 0;
for (const value of byName.values()) sum += value;
console.log(byName.size, seen.size, hits, sum);
