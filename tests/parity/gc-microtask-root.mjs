// Queued microtasks and promise reactions are roots: gc() before they run keeps their objects.
{
  const o = { n: 'captured by a microtask' };
  queueMicrotask(() => console.log(o.n));
}
{
  const p = { n: 'captured by a reaction' };
  Promise.resolve().then(() => console.log(p.n));
}
{
  const q = { n: 'promise value' };
  Promise.resolve(q).then((v) => console.log(v.n));
}
gc();
console.log('gc done');
setTimeout(() => {
  const inner = { n: 'queued from a timer' };
  queueMicrotask(() => console.log(inner.n));
  gc();
  console.log('timer gc done');
}, 0);
