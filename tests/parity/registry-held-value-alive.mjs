// The registry holds held values strongly until their callback has run.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const seen = [];
const registry = new FinalizationRegistry((h) => seen.push(h.label));
const keep = { target: null };
function register() {
  const held = { label: 'held value' };
  keep.target = { name: 'target' };
  registry.register(keep.target, held);
  return new WeakRef(held);
}
const heldRef = register();
await collect();
console.log('held while target lives:', heldRef.deref()?.label);
keep.target = null;
await collect();
await tick();
await tick();
console.log('callbacks:', seen);
await collect();
console.log('held after its callback:', heldRef.deref());
console.log(typeof registry, Object.keys(keep));
