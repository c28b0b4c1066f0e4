// A suspended async generator's locals live as long as the generator object does:
// parked at a yield its frame is held by the generator alone, and at an await by the
// awaited promise, whose reaction holds the frame and so the generator.
const tick = () => new Promise((r) => setTimeout(r, 0));
let refAtYield;
async function* parkedAtYield() {
  const local = { where: "yield" };
  refAtYield = new WeakRef(local);
  yield 1;
  yield local;
}
let atYield = parkedAtYield();
await atYield.next();
await tick();
gc();
console.log("kept while the generator is held:", refAtYield.deref());
atYield = null;
await tick();
gc();
console.log("dropped with the generator:", refAtYield.deref());

let release;
let refAtAwait;
async function* parkedAtAwait() {
  const local = { where: "await" };
  refAtAwait = new WeakRef(local);
  await new Promise((resolve) => { release = resolve; });
  yield local.where;
}
let atAwait = parkedAtAwait();
const pending = atAwait.next();
atAwait = null;
await tick();
gc();
console.log("kept by the awaited promise:", refAtAwait.deref());
release();
console.log("resumed:", await pending);
release = null;
await tick();
gc();
console.log("dropped with the generator, parked at its yield again:", refAtAwait.deref());
