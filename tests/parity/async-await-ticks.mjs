// How many microtask ticks an await takes: a value, a native promise, a thenable, an async result.
const log = [];
function counter(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push('tick ' + i));
  return p;
}
async function awaitValue() { await 1; log.push('await value'); }
async function awaitPromise() { await Promise.resolve(); log.push('await native promise'); }
async function awaitThenable() { await { then(r) { r(); } }; log.push('await thenable'); }
async function returnsPromise() { return Promise.resolve(); }
async function awaitReturnsPromise() { await returnsPromise(); log.push('await async returning promise'); }
async function returnsValue() { return 1; }
async function awaitReturnsValue() { await returnsValue(); log.push('await async returning value'); }
async function run(f) {
  log.length = 0;
  const c = counter(6);
  f();
  await c;
  console.log(log.join(', '));
}
await run(awaitValue);
await run(awaitPromise);
await run(awaitThenable);
await run(awaitReturnsPromise);
await run(awaitReturnsValue);
await run(() => Promise.resolve(1).then(() => log.push('then')));
await run(() => new Promise((r) => r(Promise.resolve())).then(() => log.push('resolve with a promise')));
