// A throw inside a cleanup callback ends the run with exit code 1.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const registry = new FinalizationRegistry((h) => {
  console.log('callback', h);
  throw new Error('boom in cleanup');
});
function register() { registry.register({}, 'only'); }
register();
setTimeout(() => console.log('timer far away'), 500);
await collect();
console.log('after gc');
await tick();
await tick();
console.log('never printed', typeof registry);
