// V8 decides statically: a mention in code that never runs still puts the variable in the context.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const refs = {};
function make(flag) {
  const big = { data: new Array(500).fill(3) };
  refs.big = new WeakRef(big);
  if (flag) {
    const never = () => big;
    never();
  }
  return () => 'I do not use big';
}
const kept = { fn: make(false) };
await collect();
console.log('big kept by dead code:', refs.big.deref() !== undefined);
console.log(kept.fn());
kept.fn = null;
await collect();
console.log('closure dropped:', refs.big.deref());
console.log(Object.keys(kept));
