// A WeakMap value is strong while its key lives; a WeakSet member alone is not.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const map = new WeakMap();
const set = new WeakSet();
const key = { k: 1 };
function fill() {
  const onlyValue = { v: 'only a value' };
  const onlyMember = { v: 'only a member' };
  map.set(key, onlyValue);
  set.add(onlyMember);
  return [new WeakRef(onlyValue), new WeakRef(onlyMember)];
}
const [valueRef, memberRef] = fill();
await collect();
console.log('value:', valueRef.deref()?.v, '| member:', memberRef.deref());
map.delete(key);
await collect();
console.log('value after delete:', valueRef.deref(), key.k, typeof set);
