// A variable that no inner function mentions dies with the frame.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const refs = {};
function make() {
  const big = { data: new Array(1000).fill(1) };
  const small = { n: 2 };
  refs.big = new WeakRef(big);
  refs.small = new WeakRef(small);
  console.log('frame uses big:', big.data.length);
  return () => small.n;
}
const kept = { fn: make() };
await collect();
console.log('big:', refs.big.deref(), 'small:', refs.small.deref()?.n);
console.log(kept.fn());
