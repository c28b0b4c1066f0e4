// Callbacks run in a cleanup task, never inside gc(); their microtasks run after the task.
const tick = () => new Promise((r) => setTimeout(r, 0));
const registry = new FinalizationRegistry((h) => {
  console.log('callback', h);
  Promise.resolve().then(() => console.log('microtask from', h));
});
function register() { registry.register({}, 'one'); }
register();
async function run() {
  await tick();
  console.log('gc start');
  gc();
  console.log('gc end');
  queueMicrotask(() => console.log('microtask queued after gc'));
}
await run();
await tick();
await tick();
console.log('end', typeof registry);
