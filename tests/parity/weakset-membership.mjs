// WeakSet membership, and members that are collected once nothing else holds them.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const visited = new WeakSet();
const users = { john: { name: 'John' }, pete: { name: 'Pete' }, mary: { name: 'Mary' } };
visited.add(users.john).add(users.pete);
visited.add(users.john);
console.log(visited.has(users.john), visited.has(users.mary));
console.log(visited.delete(users.pete), visited.delete(users.pete), visited.has(users.pete));
console.log(Object.prototype.toString.call(visited), WeakSet.length, 'size' in visited);
const refs = { john: new WeakRef(users.john), mary: new WeakRef(users.mary) };
visited.add(users.mary);
users.john = null;
await collect();
console.log('john:', refs.john.deref(), 'mary:', refs.mary.deref()?.name, visited.has(users.mary));
for (const t of [() => visited.add(1), () => visited.add(null), () => WeakSet(), () => new WeakSet([1]), () => WeakSet.prototype.has.call(new Set(), {})]) {
  try { console.log('ok', t()); } catch (e) { console.log(e.constructor.name); }
}
console.log(visited.has(1), visited.delete('x'), new WeakSet([users.pete]).has(users.pete));
console.log(Object.keys(users), typeof refs);
