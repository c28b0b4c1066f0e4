// One full collection of a heap of about 300,000 live objects (a list of records,
// each with a nested object and a link to another record), timed inside the engine.
const count = 100000;
const records = [];
for (let i = 0; i < count; i++) {
  records.push({ id: i, tags: { first: i, second: -i }, next: null });
}
for (let i = 0; i < count; i++) records[i].next = records[(i * 7919) % count];
gc();
const start = performance.now();
gc();
const elapsed = performance.now() - start;
console.log(elapsed.toFixed(3));
console.log(records.length);
