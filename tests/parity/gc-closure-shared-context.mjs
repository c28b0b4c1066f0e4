// Two closures made in one scope share one context: keeping either keeps everything captured.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const refs = {};
function make() {
  const big = { data: new Array(1000).fill(7) };
  const small = { n: 1 };
  refs.big = new WeakRef(big);
  refs.small = new WeakRef(small);
  const useBig = () => big.data.length;
  const useSmall = () => small.n;
  return { useSmall, useBig };
}
const kept = { fn: make().useSmall };
await collect();
console.log('useSmall alone keeps big:', refs.big.deref() !== undefined, refs.small.deref() !== undefined);
console.log(kept.fn());
kept.fn = null;
await collect();
console.log('closure dropped:', refs.big.deref(), refs.small.deref());
console.log(Object.keys(kept), Object.keys(refs));
