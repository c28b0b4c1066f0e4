// Sparse arrays: indices far past the elements, lengths up to 2 ** 32 - 1. Only
// what V8 also does without walking the length is asked of the longest ones.
const log = (...args) => console.log(...args);
const attempt = (what) => {
  try {
    what();
  } catch (error) {
    log(error.constructor.name, error.message);
  }
};

const a = [];
a[4294967294] = 'last';
log(a.length, a);
a[4294967295] = 'not an index';
log(a.length, Object.keys(a), a.includes('last'), a.includes(undefined));

const b = [1, 2, 3];
b[1e9] = 'x';
b.name = 'b';
log(b.length, b, Object.keys(b), Object.entries(b).length, b.at(-1));
for (const key in b) log('key', key);
log([0].concat(b, 'y').length, structuredClone(b));
b.length = 2;
log(b.length, b, 1e9 in b);
b.length = 10;
log(b);

const c = new Array(2 ** 31);
log(c.length, c);
c[5] = 'five';
c[2 ** 31 - 1] = 'end';
log(c, JSON.stringify(Object.entries(c)));
const d = new Array(2 ** 32 - 1);
log(d.length, d.includes(undefined), d);

// Gaps of a hundred thousand: sparse here and in V8, short enough for V8's loops.
const m = [1, 2, 3];
m[100000] = 'x';
m[50000] = 'middle';
log(m.indexOf('x'), m.lastIndexOf(2), m.indexOf('middle', 60000), m.lastIndexOf('x', 99999));
const visited = [];
m.forEach((v, i) => visited.push(i));
log(visited);
log(m.map((v) => typeof v), m.filter(() => true));
log(m.reduce((sum, v) => sum + String(v), ''), m.reduceRight((sum, v) => sum + String(v), ''));
log(m.some((v) => v === 'x'), m.every((v) => v !== undefined), m.findLastIndex((v) => v === 3));
log(m.slice(2), m.slice(50000, 50001), m.join('').length, m.flat().length, m.concat([9]).length);
log(m.sort(), m.length);
log(m.reverse().length, m.indexOf(1), Object.keys(m));

const e = new Array(5);
e[3] = 'three';
log(e, e.length, e.sort(), e.reverse());

const f = [1, 2, 3, 4, 5];
Object.seal(f);
attempt(() => {
  f.length = 2;
});
log(f, f.length);

const g = [1, 2, 3];
Object.defineProperty(g, 'length', { writable: false });
attempt(() => {
  g[5] = 1;
});
attempt(() => g.push(4));
attempt(() => Object.defineProperty(g, 7, { value: 1 }));
log(g, Reflect.set(g, 3, 'x'), Reflect.defineProperty(g, 3, { value: 'y' }), g[1] = 'kept', g);

const h = [];
Object.defineProperty(h, 3, { get: () => 'got', enumerable: true, configurable: true });
Object.defineProperty(h, 1e6, { value: 'fixed', enumerable: true });
Object.defineProperty(h, 1e7, { value: 'hidden', configurable: true });
log(h.length, h, Object.getOwnPropertyDescriptor(h, 1e6));
attempt(() => {
  h.length = 0;
});
log(h.length, h, Object.getOwnPropertyNames(h));

for (const length of [-1, 2 ** 32, 1.5, NaN]) {
  attempt(() => new Array(length));
  attempt(() => {
    [].length = length;
  });
}
attempt(() => {
  const full = [];
  full.length = 2 ** 32 - 1;
  full.push('one more');
});
attempt(() => {
  const full = [];
  full[2 ** 32 - 2] = 0;
  full.concat(1);
});

const i = [];
i[2000] = 'far';
i.push('pushed');
log(i.length, i.indexOf('pushed'), i.slice(1999), i.join('').length);
const j = [];
j[5000] = 1;
for (let k = 0; k < 5; k += 1) j[k] = k;
log(j, Array.from(j.keys()).length, j.flat().length);
class Tagged extends Array {}
const t = Tagged.from([1]);
t[70000] = 2;
log(t, t.slice(0).length, t.map((v) => v * 10));

// Frozen and sealed sparse arrays, and the methods that move elements.
const qa = [1];
qa[1e9] = 5;
qa[1e9] += 1;
log(qa[1e9], delete qa[1e9], qa[1e9], qa.length, qa);
qa[2e9] = 'z';
Object.freeze(qa);
log(Object.isFrozen(qa), Object.getOwnPropertyDescriptor(qa, 2e9));
attempt(() => {
  qa[2e9] = 1;
});
attempt(() => {
  qa[3e9] = 1;
});
const qb = [];
qb[1e6] = 1;
Object.seal(qb);
log(Object.isSealed(qb), Object.isFrozen(qb));
attempt(() => {
  qb.length = 0;
});
log(qb.length);
const qc = [];
qc[5000] = 'x';
qc.length = 100;
log(qc, Object.keys(qc));
const qd = [];
qd.length = 1e6;
qd[999999] = 'last';
qd.unshift(0);
log(qd.length, qd[1e6], qd.pop(), qd.length, qd.shift(), qd.length);
const qe = [1, 2, 3];
qe[100000] = 4;
qe.splice(1, 1);
log(qe.length, qe[99999], qe.includes(4));
log(Array.prototype.concat.call({ 0: 'o', length: 1 }, [1]));
log(Array(5).concat([,]).length, [, ,].concat([,]));
