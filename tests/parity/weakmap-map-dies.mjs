// When the WeakMap dies its values die too, even if their keys live on.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const key = { name: 'long-lived key' };
const holder = { map: new WeakMap() };
function fill() {
  const value = { big: new Array(32).fill('v') };
  holder.map.set(key, value);
  return new WeakRef(value);
}
const valueRef = fill();
await collect();
console.log('map alive:', valueRef.deref()?.big.length);
holder.map = null;
await collect();
console.log('map dropped:', valueRef.deref());
console.log(key.name, Object.keys(holder));
