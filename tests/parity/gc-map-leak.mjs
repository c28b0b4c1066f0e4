// A strong Map keeps its keys alive; a WeakMap does not.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const strong = new Map();
const weak = new WeakMap();
function visit(map, name) {
  const user = { name };
  map.set(user, 1);
  return new WeakRef(user);
}
const viaMap = visit(strong, 'in map');
const viaWeakMap = visit(weak, 'in weak map');
await collect();
console.log('Map key:', viaMap.deref()?.name);
console.log('WeakMap key:', viaWeakMap.deref()?.name);
console.log('map size', strong.size);
strong.clear();
await collect();
console.log('after clear:', viaMap.deref());
console.log(strong.size, weak instanceof WeakMap, viaWeakMap.deref());
