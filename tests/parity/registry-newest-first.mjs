// With --single-threaded-gc V8 calls one registry's callbacks newest cell first.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const registry = new FinalizationRegistry((held) => console.log('cleaned', held));
function registerMany(prefix, n) {
  for (let i = 0; i < n; i++) registry.register({ i }, prefix + i);
}
registerMany('first-', 4);
await collect();
await tick();
await tick();
console.log('---');
registerMany('second-', 3);
await collect();
await tick();
await tick();
console.log('end', registry instanceof FinalizationRegistry);
