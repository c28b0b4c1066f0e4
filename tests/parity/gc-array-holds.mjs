// Array elements are strong references; removing them lets objects go.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const items = [];
const refs = [];
function add(n) {
  for (let i = 0; i < n; i++) {
    const o = { id: i };
    items.push(o);
    refs.push(new WeakRef(o));
  }
}
add(6);
const alive = () => refs.map((r) => (r.deref() ? r.deref().id : '-')).join(',');
await collect();
console.log(alive());
items.splice(1, 2);
await collect();
console.log(alive());
items.pop();
items.shift();
await collect();
console.log(alive());
items.length = 0;
await collect();
console.log(alive());
console.log(items.length, refs.length);
