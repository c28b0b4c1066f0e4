// A held value that refers to its own target keeps it alive for ever.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const registry = new FinalizationRegistry((h) => console.log('cleanup', h.label));
function register() {
  const stuck = { name: 'stuck' };
  const free = { name: 'free' };
  registry.register(stuck, { label: 'stuck', target: stuck });
  registry.register(free, { label: 'free' });
  return { stuck: new WeakRef(stuck), free: new WeakRef(free) };
}
const refs = register();
await collect();
await tick();
await tick();
console.log('stuck:', refs.stuck.deref()?.name, 'free:', refs.free.deref());
await collect();
await tick();
console.log('still stuck:', refs.stuck.deref()?.name, typeof registry);
