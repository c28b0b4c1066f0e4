// A registry that dies runs no callbacks, even after its cells were cleared.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const state = { live: new FinalizationRegistry((h) => console.log('live registry:', h)) };
function makeDoomed() {
  const r = new FinalizationRegistry((h) => console.log('dead registry (never):', h));
  r.register({}, 'dropped with its registry');
  return new WeakRef(r);
}
function registerLive() { state.live.register({}, 'ok'); }
const doomedRef = makeDoomed();
registerLive();
await collect();
await tick();
await tick();
console.log('doomed registry collected:', doomedRef.deref() === undefined);
// Cleared cells queue a task, then the registry dies before the task runs.
function makeLater() {
  const r = new FinalizationRegistry((h) => console.log('never either:', h));
  state.later = r;
  r.register({}, 'cleared then registry dropped');
}
makeLater();
async function clearThenDrop() {
  await tick();
  gc();
  state.later = null;
  gc();
}
await clearThenDrop();
await tick();
await tick();
console.log('end', Object.keys(state), typeof doomedRef);
