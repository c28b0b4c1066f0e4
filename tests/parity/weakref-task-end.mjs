// A new WeakRef keeps its target until the task that made it (and its microtasks) ends.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
function make(name) { return new WeakRef({ name }); }
const ref = make('made in the module task');
gc();
console.log('same task, after gc:', ref.deref()?.name);
await Promise.resolve();
gc();
console.log('after a microtask, after gc:', ref.deref()?.name);
await collect();
console.log('next task:', ref.deref());
const refs = [];
setTimeout(() => {
  refs.push(make('made in a timer'));
  gc();
  console.log('inside the timer:', refs[0].deref()?.name);
}, 0);
await tick();
await collect();
console.log('after the timer task:', refs[0].deref());
console.log(refs.length, typeof ref);
