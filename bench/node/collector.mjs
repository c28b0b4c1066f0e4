// One full collection of 1,000,000 objects with three references each (a chain that
// keeps every object reachable plus two links to objects picked at random), timed
// inside the engine: the median of seven gc() calls, in milliseconds. bench_collector
// builds the same graph from this file and times the collector with and without the
// record the timeline asks for.
const count = 1_000_000;
const objects = new Array(count);
for (let i = 0; i < count; i++) objects[i] = { next: null, left: null, right: null };
let seed = 42;
const pick = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % count;
};
for (let i = 0; i < count; i++) {
  const o = objects[i];
  o.next = objects[(i + 1) % count];
  o.left = objects[pick()];
  o.right = objects[pick()];
}
globalThis.graph = objects[0];
objects.length = 0;
gc();
const times = [];
for (let k = 0; k < 7; k++) {
  const start = performance.now();
  gc();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(times[3].toFixed(1));
