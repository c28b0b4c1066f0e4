// A callback may unregister another cell whose target already died: that callback never runs.
// (With tokens V8's order of callbacks is not fixed, so whichever runs first removes the other.)
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const tokens = { a: {}, b: {} };
const calls = [];
const registry = new FinalizationRegistry((h) => {
  calls.push(h);
  const other = h === 'a' ? tokens.b : tokens.a;
  calls.push('unregister other: ' + registry.unregister(other));
  calls.push('unregister self: ' + registry.unregister(tokens[h]));
});
function register() {
  registry.register({}, 'a', tokens.a);
  registry.register({}, 'b', tokens.b);
}
register();
await collect();
await tick();
await tick();
console.log(calls.length, calls.slice(1));
console.log('afterwards:', registry.unregister(tokens.a), registry.unregister(tokens.b));
console.log(Object.keys(tokens));
