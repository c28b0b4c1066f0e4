// Errors in async functions: try/catch/finally around awaits, rethrow, finally overriding.
async function fails(msg) { await null; throw new TypeError(msg); }
async function one() {
  try {
    await fails('first');
  } catch (e) {
    console.log('caught', e.name, e.message);
  } finally {
    console.log('finally one');
  }
  return 'one done';
}
console.log(await one());
async function rethrows() {
  try { await fails('second'); } catch (e) { throw new RangeError('wrapped ' + e.message); } finally { console.log('finally rethrows'); }
}
await rethrows().catch((e) => console.log('outer caught', e.name, e.message));
async function overrides() {
  try { return 'from try'; } finally { console.log('finally before return'); }
}
console.log(await overrides());
async function finallyReturn() {
  try { throw new Error('lost'); } finally { return 'finally wins'; }
}
console.log(await finallyReturn());
async function awaitRejectInFinally() {
  try { await Promise.reject(new Error('inner')); } finally { await null; console.log('async finally'); }
}
try { await awaitRejectInFinally(); } catch (e) { console.log('after finally:', e.message); }
const thrower = async () => { throw 'a string'; };
thrower().then(() => console.log('no'), (v) => console.log('rejected with', v));
await null;
try { null.x; } catch (e) { console.log(e instanceof TypeError); }
const results = await Promise.allSettled([fails('a'), one()]);
console.log(results.map((r) => r.status));
