console.log('sync 1');
setTimeout(() => console.log('timeout 0'), 0);
setTimeout(() => console.log('timeout 0 again'), 0);
queueMicrotask(() => console.log('microtask'));
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
async function work(label) {
  console.log('start', label);
  await null;
  console.log('after await', label);
  return label + ' done';
}
work('a').then((v) => console.log(v));
work('b');
console.log('sync 2');
const v = await new Promise((resolve) => setTimeout(() => resolve('awaited'), 1));
console.log(v);
const results = await Promise.all([work('c'), Promise.resolve(2), 3]);
console.log(results);
try { await Promise.reject(new Error('rejected')); } catch (e) { console.log('caught', e.message); }
const p = Promise.resolve(1).finally(() => console.log('finally ran'));
console.log(await p);
let ticks = 0;
await new Promise((resolve) => {
  const interval = setInterval(() => {
    console.log('tick', ++ticks);
    if (ticks === 3) { clearInterval(interval); resolve(); }
  }, 2);
});
const cleared = setTimeout(() => console.log('never'), 1);
clearTimeout(cleared);
console.log('end');
