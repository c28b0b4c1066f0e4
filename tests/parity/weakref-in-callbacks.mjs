// WeakRefs made in a timer callback or in a microtask are kept until that task ends.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const refs = {};
setTimeout(() => {
  refs.timer = new WeakRef({ from: 'timer' });
  queueMicrotask(() => {
    refs.micro = new WeakRef({ from: 'microtask of the timer' });
    gc();
    console.log('in microtask:', refs.timer.deref()?.from, refs.micro.deref()?.from);
  });
}, 0);
setTimeout(() => {
  gc();
  console.log('next timer:', refs.timer.deref(), refs.micro.deref());
}, 0);
await tick();
await tick();
await collect();
console.log('later:', refs.timer.deref(), refs.micro.deref());
console.log(Object.keys(refs));
