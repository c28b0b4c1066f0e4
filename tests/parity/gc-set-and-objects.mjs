// Sets, object properties and class private fields are all strong references.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
class Box {
  #content;
  constructor(c) { this.#content = c; }
  drop() { this.#content = null; }
}
const set = new Set();
const holder = {};
const box = new Box(null);
function fill() {
  const a = { n: 'in set' }, b = { n: 'in property' }, c = { n: 'in private field' };
  set.add(a);
  holder.child = b;
  const fresh = new Box(c);
  holder.box = fresh;
  return [new WeakRef(a), new WeakRef(b), new WeakRef(c)];
}
const refs = fill();
const show = (label) => console.log(label, refs.map((r) => r.deref()?.n ?? 'gone'));
await collect();
show('held:');
set.clear();
await collect();
show('set cleared:');
holder.child = undefined;
holder.box.drop();
await collect();
show('all dropped:');
console.log(set.size, Object.keys(holder), box instanceof Box);
