// Ephemeron chains: a value that is another entry's key keeps that entry alive.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const map = new WeakMap();
const root = { first: null };
function build() {
  const a = { n: 'a' }, b = { n: 'b' }, c = { n: 'c' }, v = { n: 'v' };
  // Set in reverse so that marking meets the keys in an unhelpful order.
  map.set(c, v);
  map.set(b, c);
  map.set(a, b);
  root.first = a;
  return [a, b, c, v].map((o) => new WeakRef(o));
}
const refs = build();
const show = (label) => console.log(label, refs.map((r) => r.deref()?.n ?? '-').join(''));
await collect();
show('chain from a:');
console.log(map.get(map.get(map.get(root.first))).n);
root.first = null;
await collect();
show('a dropped:');
console.log(typeof map, Object.keys(root));
