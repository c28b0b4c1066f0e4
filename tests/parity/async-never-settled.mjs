// A suspended async function waiting on a promise nobody can settle is garbage, locals and all.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const refs = {};
const registry = new FinalizationRegistry((h) => console.log('finalized', h));
async function stuck() {
  const local = { name: 'local of a stuck frame' };
  refs.local = new WeakRef(local);
  registry.register(local, 'stuck local');
  await new Promise(() => {});
  console.log('never', local.name);
}
const resolvers = {};
async function waiting() {
  const local = { name: 'local of a waiting frame' };
  refs.waiting = new WeakRef(local);
  await new Promise((resolve) => { resolvers.resume = resolve; });
  console.log('resumed with', local.name);
}
stuck();
waiting();
await collect();
await tick();
await tick();
console.log('stuck local:', refs.local.deref());
console.log('waiting local:', refs.waiting.deref()?.name);
resolvers.resume();
await tick();
console.log(typeof registry, Object.keys(refs));
