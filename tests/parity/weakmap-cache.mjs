// The tutorial's cache: results stored by object key disappear with the object.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const cache = new WeakMap();
let computed = 0;
function process(obj) {
  if (!cache.has(obj)) {
    computed++;
    cache.set(obj, { result: obj.n * 2 });
  }
  return cache.get(obj).result;
}
let obj = { n: 21 };
console.log(process(obj), process(obj), computed);
const resultRef = new WeakRef(cache.get(obj));
await collect();
console.log('result while obj lives:', resultRef.deref());
obj = null;
await collect();
console.log('result after obj = null:', resultRef.deref());
console.log(computed, typeof cache);
