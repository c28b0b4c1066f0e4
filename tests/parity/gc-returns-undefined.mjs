// gc() returns undefined, may be called anywhere, and does not disturb a running program.
console.log(typeof gc);
console.log(gc());
console.log(gc() === undefined);
function inner() { const r = gc(); return [r, typeof r]; }
console.log(inner());
const list = [];
for (let i = 0; i < 50; i++) {
  list.push({ i, tag: 'item' + i });
  if (i % 10 === 0) gc();
}
console.log(list.length, list[49].tag, list[0].i);
const results = [];
const p = Promise.resolve().then(() => results.push(gc()));
await p;
console.log(results);
setTimeout(() => console.log('timer', gc()), 0);
