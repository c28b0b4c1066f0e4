// A closure keeps its whole chain of enclosing contexts, even the parts it never uses.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const refs = {};
function outer() {
  const outerBig = { n: 'outer' };
  refs.outer = new WeakRef(outerBig);
  const peek = () => outerBig;
  function middle() {
    const middleObj = { n: 'middle' };
    refs.middle = new WeakRef(middleObj);
    const alsoPeek = () => middleObj;
    return function innermost() {
      const mine = 5;
      return () => mine;
    };
  }
  return middle()();
}
const kept = { fn: outer() };
await collect();
console.log('outer:', refs.outer.deref()?.n, 'middle:', refs.middle.deref()?.n);
console.log(kept.fn());
kept.fn = null;
await collect();
console.log('dropped:', refs.outer.deref(), refs.middle.deref());
console.log(Object.keys(kept));
