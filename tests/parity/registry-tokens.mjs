// Tokens: the target itself, a shared token, a token that dies (held weakly: the cell survives).
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const lines = [];
const registry = new FinalizationRegistry((h) => lines.push('cleanup ' + h));
const shared = { token: 'shared' };
const kept = { self: null };
function register() {
  const self = { n: 'self' };
  registry.register(self, 'self-token', self);
  kept.self = self;
  registry.register({}, 'shared-1', shared);
  registry.register({}, 'shared-2', shared);
  registry.register({ n: 'x' }, 'dead token', { token: 'temporary' });
}
register();
console.log('unregister self:', registry.unregister(kept.self));
kept.self = null;
await collect();
await tick();
await tick();
console.log(lines.sort());
console.log('shared after its callbacks:', registry.unregister(shared));
console.log(typeof kept, typeof registry);
