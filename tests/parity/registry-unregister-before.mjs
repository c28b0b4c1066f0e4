// unregister while the target lives: true once, then false; its callback never runs.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const lines = [];
const registry = new FinalizationRegistry((h) => lines.push('cleanup ' + h));
const token = {};
const other = {};
function register() {
  registry.register({ n: 1 }, 'removed', token);
  registry.register({ n: 2 }, 'also removed', token);
  registry.register({ n: 3 }, 'stays', other);
  registry.register({ n: 4 }, 'no token');
}
register();
console.log('unregister token:', registry.unregister(token));
console.log('again:', registry.unregister(token));
console.log('never registered:', registry.unregister({}));
await collect();
await tick();
await tick();
console.log(lines.sort());
console.log('unregister after its callback ran:', registry.unregister(other));
console.log(typeof token, typeof registry);
