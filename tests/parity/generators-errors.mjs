// V8's errors around generators.
function* g() { yield 1; }
const tries = [
  () => new g(),
  () => g.prototype.next.call({}),
  () => g.prototype.return.call(5),
  () => { const it = (function* self() { it.next(); yield; })(); it.next(); },
  () => { const it = (function* () { yield* 5; })(); it.next(); },
  () => { const it = (function* () { yield* { [Symbol.iterator]() { return { next() { return 1; } }; } }; })(); it.next(); },
];
for (const attempt of tries) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
// A generator that threw is finished; so is one whose next() threw out of it.
function* thrower() { yield 1; throw new RangeError('inside'); }
const t = thrower();
t.next();
try { t.next(); } catch (e) { console.log(e.message); }
console.log(t.next(), t.return(3));
