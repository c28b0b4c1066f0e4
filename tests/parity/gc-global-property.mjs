// A property of the global object is a root; deleting it lets the object go.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
function install() {
  globalThis.cacheHolder = { data: [1, 2, 3] };
  return new WeakRef(globalThis.cacheHolder);
}
const ref = install();
await collect();
console.log('global property:', ref.deref()?.data);
delete globalThis.cacheHolder;
await collect();
console.log('deleted:', ref.deref(), 'cacheHolder' in globalThis);
console.log(typeof ref);
