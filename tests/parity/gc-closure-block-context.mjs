// A block that declares a captured const has its own context; closures made inside it keep it.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const refs = {};
const kept = {};
function make() {
  let outside;
  {
    const blockBig = { n: 'block object' };
    refs.block = new WeakRef(blockBig);
    const user = () => blockBig.n;
    console.log(user());
    outside = () => 'made in the block, mentions nothing';
  }
  const afterBlock = () => 'made after the block';
  kept.inside = outside;
  kept.after = afterBlock;
}
make();
await collect();
console.log('kept by a closure made in the block:', refs.block.deref()?.n);
kept.inside = null;
await collect();
console.log('only the closure made after the block:', refs.block.deref());
console.log(kept.after(), Object.keys(kept));
