// Objects kept by a WeakRef survive awaits of settled promises within the task, not a timer tick.
const tick = () => new Promise((r) => setTimeout(r, 0));
const log = [];
async function worker() {
  const ref = new WeakRef({ label: 'made in worker' });
  await null;
  gc();
  log.push('after await null: ' + (ref.deref() ? 'alive' : 'gone'));
  await Promise.resolve();
  await Promise.resolve();
  gc();
  log.push('after two resolved awaits: ' + (ref.deref() ? 'alive' : 'gone'));
  return ref;
}
const ref = await worker();
console.log(log.join('\n'));
async function later() { await tick(); gc(); }
await later();
console.log('after a timer tick:', ref.deref());
console.log(typeof ref);
