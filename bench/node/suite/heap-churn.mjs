// A long-lived heap with churn: a cache of 20,000 entries that keeps being
// replaced, short-lived objects and closures each turn, and WeakRefs to some.
const cache = new Map();
const refs = [];
let live = 0;
for (let i = 0; i < 500000; i += 1) {
  const entry = { key: i, payload: [i, i + 1, i + 2], touch: () => i };
  cache.set(i % 20000, entry);
  if (i % 1000 === 0) refs.push(new WeakRef(entry));
  const temporary = { a: i, b: { c: i } };
  live += temporary.b.c & 1;
}
let held = 0;
for (const ref of refs) if (ref.deref() !== undefined) held += 1;
console.log(cache.size, live, held >= 20);
