// deref() keeps its target for the rest of the task that called it.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
function make() { return new WeakRef({ name: 'target' }); }
const ref = make();
await tick();
// New task: nothing has collected the target yet; deref() makes it kept.
function peek() { return ref.deref() !== undefined; }
console.log('deref in the new task:', peek());
gc();
console.log('gc in the same task:', peek());
await null;
gc();
console.log('after await null:', peek());
await collect();
console.log('task ended, gc:', ref.deref());
console.log(typeof ref.deref());
