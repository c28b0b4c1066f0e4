// Symbols not made by Symbol.for can be held weakly and are collected like objects (ES2023).
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const lines = [];
const registry = new FinalizationRegistry((h) => lines.push('cleanup ' + h));
const map = new WeakMap();
const set = new WeakSet();
const kept = { sym: Symbol('kept') };
function fill() {
  const dying = Symbol('dying');
  map.set(kept.sym, 'value of kept');
  map.set(dying, { v: 'value of dying' });
  set.add(kept.sym).add(dying);
  registry.register(dying, 'dying symbol');
  registry.register(Symbol('token target'), 'removed', kept.sym);
  return { dying: new WeakRef(dying), kept: new WeakRef(kept.sym), value: new WeakRef(map.get(dying)) };
}
const refs = fill();
console.log(String(refs.dying.deref()), refs.kept.deref() === kept.sym);
console.log(map.get(kept.sym), set.has(kept.sym), map.has(Symbol('other')));
console.log('unregister by symbol token:', registry.unregister(kept.sym));
await collect();
await tick();
await tick();
console.log('dying:', refs.dying.deref(), 'its value:', refs.value.deref(), 'kept:', String(refs.kept.deref()));
console.log(lines);
for (const t of [() => new WeakRef(Symbol.for('r')), () => map.set(Symbol.iterator, 1), () => set.add(Symbol.asyncIterator), () => registry.register(Symbol.for('x'), 1)]) {
  try { t(); console.log('accepted'); } catch (e) { console.log(e.constructor.name); }
}
console.log(typeof registry, Object.keys(kept));
