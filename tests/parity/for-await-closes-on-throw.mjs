// A for await loop whose binding or body throws closes its iterator: return() is
// called and its promise awaited, and the loop's own error wins over whatever return()
// throws, rejects with or gives. The log shows where the awaits fall among other jobs.
const log = [];
const counting = (name, onReturn) => ({
  [Symbol.asyncIterator]() { return this; },
  i: 0,
  next() {
    log.push(`${name} next`);
    return Promise.resolve({ value: this.i++, done: false });
  },
  return: onReturn,
});
async function main() {
  const plain = counting('plain', () => { log.push('plain return'); return Promise.resolve({ done: true }); });
  try {
    for await (const x of plain) {
      log.push(`body ${x}`);
      if (x === 1) throw new Error('boom');
    }
  } catch (e) { log.push(`caught ${e.message}`); }
  const throwing = counting('throwing', () => { log.push('throwing return'); throw new Error('from return'); });
  try { for await (const x of throwing) throw new Error(`body ${x}`); } catch (e) { log.push(`caught ${e.message}`); }
  const rejecting = counting('rejecting', () => { log.push('rejecting return'); return Promise.reject(new Error('rejected')); });
  try { for await (const x of rejecting) throw new Error(`body ${x}`); } catch (e) { log.push(`caught ${e.message}`); }
  const primitive = counting('primitive', () => { log.push('primitive return'); return 5; });
  try { for await (const x of primitive) throw new Error(`body ${x}`); } catch (e) { log.push(`caught ${e.message}`); }
  const none = counting('none', undefined);
  try { for await (const x of none) throw new Error(`body ${x}`); } catch (e) { log.push(`caught ${e.message}`); }
  function* sync() {
    try { yield 1; yield 2; } finally { log.push('sync finally'); }
  }
  try { for await (const x of sync()) throw new Error(`body ${x}`); } catch (e) { log.push(`caught ${e.message}`); }
  const destructured = counting('destructured', () => { log.push('destructured return'); return {}; });
  try { for await (const [a] of destructured) log.push(a); } catch (e) { log.push(`caught ${e.constructor.name}`); }
  const nextThrows = { [Symbol.asyncIterator]() { return this; }, next() { throw new Error('next'); }, return() { log.push('never'); } };
  try { for await (const x of nextThrows) log.push(x); } catch (e) { log.push(`caught ${e.message}`); }
  console.log(log.join('\n'));
}
Promise.resolve()
  .then(() => log.push('tick 1'))
  .then(() => log.push('tick 2'))
  .then(() => log.push('tick 3'))
  .then(() => log.push('tick 4'));
main();
