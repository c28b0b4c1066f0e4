// yield* inside async generators: delegation to async and sync iterables, next/throw/
// return forwarded, the protocol's errors, and the microtask turns each step takes.
const show = (label, r) => console.log(label, JSON.stringify(r));
const fail = async (label, p) => {
  try { show(label, await p); } catch (e) { console.log(label, 'threw', e instanceof Error ? e.constructor.name : e); }
};

// Delegation to another async generator: values flow both ways, the inner return
// value becomes the value of yield*.
async function* inner() {
  const a = yield 'i1';
  console.log('inner got', a);
  const b = yield 'i2';
  console.log('inner got', b);
  return 'inner-done';
}
async function* outer() {
  const r = yield* inner();
  console.log('yield* gave', r);
  yield 'after';
}
const o = outer();
for (const sent of ['x', 'A', 'B', 'C']) show('outer', await o.next(sent));

// Sync iterables go through CreateAsyncFromSyncIterator: an array's promises are
// awaited, a sync generator gets what next() was given and its finally runs on return().
async function* overArray() { return yield* [1, Promise.resolve(2), 3]; }
const arr = [];
for await (const v of overArray()) arr.push(v);
console.log('array', arr.join(','));
function* syncGen() {
  try { const got = yield 's1'; console.log('sync got', got); yield 's2'; } finally { console.log('sync finally'); }
}
async function* overSync() { yield* syncGen(); }
const s = overSync();
show('sync', await s.next());
show('sync', await s.next('v'));
show('sync return', await s.return(Promise.resolve('R')));

// throw() forwarded: the inner generator catches it and goes on.
async function* catcher() { try { yield 1; } catch (e) { console.log('inner caught', e); yield 'recovered'; } }
async function* viaCatcher() { yield* catcher(); }
const c = viaCatcher();
await c.next();
show('throw', await c.throw('boom'));

// A delegate without throw(): closed (its return() called and awaited), then a TypeError.
const noThrow = {
  [Symbol.asyncIterator]() { return this; },
  next() { return { value: 'n', done: false }; },
  return() { console.log('return called on close'); return Promise.resolve({ done: true }); },
};
async function* viaNoThrow() { yield* noThrow; }
const nt = viaNoThrow();
await nt.next();
await fail('no throw', nt.throw('t'));

// A delegate without return(): return(v) awaits v and returns it.
const noReturn = { [Symbol.asyncIterator]() { return this; }, next() { return { value: 'n', done: false }; } };
async function* viaNoReturn() { try { yield* noReturn; } finally { console.log('outer finally'); } }
const nr = viaNoReturn();
await nr.next();
show('no return', await nr.return(Promise.resolve(9)));

// Errors: a throwing `next` getter, a throwing `return` getter, a result that is no object.
const badNext = { [Symbol.asyncIterator]() { return { get next() { throw 'next getter'; } }; } };
await fail('next getter', (async function* () { yield* badNext; })().next());
const badReturn = {
  [Symbol.asyncIterator]() { return this; },
  next() { return { value: 1, done: false }; },
  get return() { throw 'return getter'; },
};
const br = (async function* () { yield* badReturn; })();
await br.next();
await fail('return getter', br.return());
const nonObject = { [Symbol.asyncIterator]() { return { next() { return 5; } }; } };
await fail('non-object', (async function* () { yield* nonObject; })().next());

// Turn by turn: each step of the delegation interleaved with another promise chain,
// where Node 18 and Node 20 agree (Node 18's V8 takes more turns to go through a
// delegate's next(), so that part checks the order of the results alone).
let turn = 0;
const ticker = () => { let p = Promise.resolve(); for (let i = 0; i < 12; i++) p = p.then(() => console.log('tick', ++turn)); return p; };
async function* ticking() { yield 't1'; return 't-done'; }
async function* delegating() { const r = yield* ticking(); yield r; yield* ['a', 'b']; }
const d = delegating();
d.next().then((r) => console.log('d1', JSON.stringify(r)));
d.next().then((r) => console.log('d2', JSON.stringify(r)));
d.next().then((r) => console.log('d3', JSON.stringify(r)));
await d.return('stop').then((r) => console.log('d4', JSON.stringify(r)));
const d2 = delegating();
await d2.next();
const done2 = ticker();
d2.throw('oops').then(null, (e) => console.log('thrown out', e));
d2.next().then((r) => console.log('after throw', JSON.stringify(r)));
await done2;
