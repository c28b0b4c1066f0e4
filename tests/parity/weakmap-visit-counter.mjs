// The tutorial's visit counter: a Map leaks the user, a WeakMap lets it go.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const visitsCountMap = new WeakMap();
function countUser(user) {
  const count = visitsCountMap.get(user) || 0;
  visitsCountMap.set(user, count + 1);
}
let john = { name: 'John' };
countUser(john);
countUser(john);
countUser(john);
console.log(visitsCountMap.get(john));
const ref = new WeakRef(john);
john = null;
await collect();
console.log('John after john = null:', ref.deref());
console.log(visitsCountMap.has({ name: 'John' }), typeof visitsCountMap);
