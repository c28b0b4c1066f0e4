// An async generator parked in yield* holds its delegate through its frame alone:
// collections while it waits (between turns, and while a return() value is awaited
// before the delegate sees it) keep the delegate, and dropping the generator drops it.
const tick = () => new Promise((r) => setTimeout(r, 0));
let ref;
function delegate() {
  const payload = { size: 3 };
  ref = new WeakRef(payload);
  let n = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next(v) { gc(); return Promise.resolve({ value: [v, n++, payload.size], done: n > 3 }); },
    return(v) { gc(); return { done: true, value: `${v}:${payload.size}` }; },
  };
}
async function* delegating() { return yield* delegate(); }
let g = delegating();
console.log(JSON.stringify(await g.next("a")));
await tick();
gc();
console.log("kept while parked in yield*:", ref.deref());
console.log(JSON.stringify(await g.next("b")));
const thenable = { then(resolve) { gc(); resolve("T"); } };
console.log(JSON.stringify(await g.return(thenable)));

g = delegating();
await g.next();
g = null;
await tick();
gc();
console.log("dropped with the generator:", ref.deref());
