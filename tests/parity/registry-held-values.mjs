// Cleanup callbacks receive the held values, after the task that ran gc() ends.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const registry = new FinalizationRegistry((held) => console.log('cleanup:', held));
function registerAll() {
  registry.register({ n: 1 }, 'a string');
  registry.register({ n: 2 }, 42);
  registry.register({ n: 3 }, { file: 'x.txt', size: 3 });
  registry.register({ n: 4 }, undefined);
  registry.register({ n: 5 }, ['arr', 1]);
}
registerAll();
await tick();
console.log('before gc');
gc();
console.log('after gc, no callback yet');
await tick();
await tick();
console.log('done', typeof registry);
