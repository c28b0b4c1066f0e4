// An await of a settled promise does not end the task; an await of a timer does.
const tick = () => new Promise((r) => setTimeout(r, 0));
function make(name) { return new WeakRef({ name }); }
const ref = make('obj');
const alive = () => (ref.deref() ? 'alive' : 'gone');
await null;
gc();
console.log('await null:', alive());
await Promise.resolve(42);
gc();
console.log('await Promise.resolve:', alive());
await new Promise((r) => queueMicrotask(r));
gc();
console.log('await queueMicrotask:', alive());
async function nested() { await undefined; await 1; }
await nested();
gc();
console.log('await async function:', alive());
async function later() { await tick(); gc(); }
await later();
console.log('await setTimeout tick, then gc:', ref.deref());
console.log(typeof ref);
