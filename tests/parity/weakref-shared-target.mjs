// Several WeakRefs to one target are cleared together; a WeakRef to a WeakRef is an object like any other.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
let target = { v: 1 };
function makeRefs() {
  const a = new WeakRef(target);
  const b = new WeakRef(target);
  return { a, b, meta: new WeakRef(a), kept: b };
}
const refs = makeRefs();
console.log(refs.a === refs.b, refs.a.deref() === refs.b.deref());
target = null;
await collect();
console.log('a:', refs.a.deref(), 'b:', refs.b.deref());
console.log('meta holds a:', refs.meta.deref() === refs.a);
delete refs.a;
await collect();
console.log('meta after a dropped:', refs.meta.deref());
console.log(Object.keys(refs), refs.kept.deref());
