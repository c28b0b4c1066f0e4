// unregister after the target died but before the cleanup task: true, and no callback.
const tick = () => new Promise((r) => setTimeout(r, 0));
const registry = new FinalizationRegistry((h) => console.log('cleanup', h));
const tokens = { a: {}, b: {} };
function register() {
  registry.register({ n: 'a' }, 'a', tokens.a);
  registry.register({ n: 'b' }, 'b', tokens.b);
}
register();
async function run() {
  await tick();
  gc();
  console.log('unregister a (target dead, callback pending):', registry.unregister(tokens.a));
  console.log('again:', registry.unregister(tokens.a));
}
await run();
await tick();
await tick();
console.log('unregister b (callback ran):', registry.unregister(tokens.b));
console.log(Object.keys(tokens), typeof registry);
