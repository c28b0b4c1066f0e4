// Thenables are adopted: resolve with a thenable, return one from then, await one.
const log = (...a) => console.log(...a);
const thenable = { then(resolve, reject) { log('then called'); resolve('thenable value'); } };
Promise.resolve(thenable).then((v) => log('resolved:', v));
log('sync after Promise.resolve(thenable)');
await null;
await null;
await null;
const bad = { then() { throw new Error('then throws'); } };
await Promise.resolve(bad).catch((e) => log('rejected:', e.message));
const late = { then(res) { setTimeout(() => res('late value'), 2); } };
log(await late);
const chained = await Promise.resolve(1).then((v) => ({ then(r) { r(v + 1); } }));
log('chained', chained);
const getterThen = { get then() { log('then read once'); return undefined; } };
log((await getterThen) === getterThen);
const p = Promise.resolve();
log(Promise.resolve(p) === p, new Promise((r) => r(p)) === p);
