// A suspended generator's frame lives only through its generator object: while
// the generator is unfinished its locals stay alive, once it finishes or is
// dropped they can be collected.
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function* holder(label) {
  const big = { label, data: new Array(1000).fill(label) };
  yield new WeakRef(big);
  yield big.data.length;
}

let kept = holder('kept');
const keptRef = kept.next().value;
let dropped = holder('dropped');
const droppedRef = dropped.next().value;
let finished = holder('finished');
const finishedRef = finished.next().value;
finished.next();
finished.next();
dropped = null;

await tick();
gc();
console.log('kept:', keptRef.deref()?.label);
console.log('dropped:', droppedRef.deref()?.label);
console.log('finished:', finishedRef.deref()?.label);
console.log(kept.next(), finished.next());
