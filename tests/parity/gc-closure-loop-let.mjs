// for (let ...) makes a context per iteration: each closure keeps only its own iteration's object.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function collect() { await tick(); gc(); }
const refs = [];
const fns = [];
function make() {
  for (let i = 0; i < 4; i++) {
    const obj = { i };
    refs.push(new WeakRef(obj));
    fns.push(() => obj.i);
  }
}
make();
const show = (label) => console.log(label, refs.map((r) => (r.deref() ? r.deref().i : '-')).join(' '));
await collect();
show('all closures:');
fns[1] = null;
fns[3] = null;
await collect();
show('dropped 1 and 3:');
console.log(fns[0](), fns[2](), fns.length);
