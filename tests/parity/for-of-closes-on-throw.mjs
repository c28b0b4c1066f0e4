// for...of closes its iterator when its binding or body throws (IteratorClose with a
// throw completion): the error goes on whatever `return` does; a `next` that throws is
// not followed by a close; break, continue and return still close once.
const log = [];
function iterable(name, { throwOnReturn = false, throwOnNext = false } = {}) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          if (throwOnNext && i === 1) throw new Error(name + ' next');
          return { value: i++, done: i > 5 };
        },
        return() {
          log.push(name + ' closed');
          if (throwOnReturn) throw new Error(name + ' return');
          return {};
        },
      };
    },
  };
}
const t = (label, f) => {
  log.length = 0;
  try { f(); } catch (e) { log.push('caught ' + e.message); }
  console.log(label + ':', log.join(', '));
};
t('body throws', () => { for (const x of iterable('a')) if (x === 2) throw new Error('body'); });
t('return throws too', () => { for (const x of iterable('b', { throwOnReturn: true })) throw new Error('body'); });
t('next throws', () => { for (const x of iterable('c', { throwOnNext: true })) log.push('got ' + x); });
t('binding throws', () => { for (const { p = (() => { throw new Error('default'); })() } of iterable('j')) log.push('p'); });
t('break', () => { for (const x of iterable('d')) if (x === 1) break; });
t('break, return throws', () => { for (const x of iterable('e', { throwOnReturn: true })) break; });
t('nested, inner throws', () => {
  for (const x of iterable('outer')) for (const y of iterable('inner')) throw new Error('deep');
});
t('labelled break, inner return throws', () => {
  outer: for (const x of iterable('o')) for (const y of iterable('i', { throwOnReturn: true })) break outer;
});
t('continue then throw', () => {
  for (const x of iterable('f')) { if (x < 2) continue; throw new Error('late'); }
});
function* gen() { try { yield 1; yield 2; } finally { log.push('gen finally'); } }
t('generator', () => { for (const x of gen()) throw new Error('in loop'); });
t('caught inside', () => {
  for (const x of iterable('g')) { try { throw new Error('inside'); } catch { log.push('handled ' + x); } if (x === 1) break; }
});
t('array destructuring', () => { const [a, b] = iterable('h'); log.push(a + b); });
