// A WeakMap value lives only while its key and the map live, even when it points back at its key.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const map = new WeakMap();
const keys = { k: null };
function fill() {
  const key = { name: 'key' };
  const value = { name: 'value', back: key };
  map.set(key, value);
  keys.k = key;
  return { key: new WeakRef(key), value: new WeakRef(value) };
}
const refs = fill();
const show = (label) => console.log(label, refs.key.deref()?.name ?? 'gone', refs.value.deref()?.name ?? 'gone');
await collect();
show('key held:');
console.log(map.get(keys.k).back === keys.k, map.has(keys.k));
keys.k = null;
await collect();
show('key dropped:');
console.log(typeof map, Object.keys(keys));
