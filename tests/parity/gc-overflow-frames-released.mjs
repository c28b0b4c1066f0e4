// A stack overflow that unwinds through a built-in's callbacks leaves no frame behind:
// once a promise reaction's error has rejected its promise, the reaction's locals are garbage.
const refs = [];
function recurse() { [0].forEach(recurse); }
function overflow(role) {
  const local = { role };
  refs.push(new WeakRef(local));
  recurse();
}
Promise.resolve()
  .then(() => overflow('local of the overflowing call'))
  .catch((e) => console.log('rejected with', e.name));
setTimeout(() => {
  gc();
  console.log(refs.map((r) => r.deref()));
}, 0);
