// The tutorial's WeakRef cache: entries whose objects died are cleaned by a registry.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const cache = new Map();
const registry = new FinalizationRegistry((key) => {
  const ref = cache.get(key);
  if (ref && !ref.deref()) {
    cache.delete(key);
    console.log('cleaned', key);
  }
});
function fetchImg(name) { return { name, pixels: new Array(16).fill(0) }; }
function getCached(name) {
  const ref = cache.get(name);
  if (ref) {
    const cached = ref.deref();
    if (cached) { console.log('hit', name); return cached; }
  }
  console.log('miss', name);
  const img = fetchImg(name);
  cache.set(name, new WeakRef(img));
  registry.register(img, name);
  return img;
}
let keep = getCached('a.png');
getCached('b.png');
getCached('a.png');
await collect();
await tick();
await tick();
console.log('keys:', [...cache.keys()]);
getCached('a.png');
keep = null;
await collect();
await tick();
await tick();
console.log('keys:', [...cache.keys()], keep);
console.log(typeof registry, cache.size);
