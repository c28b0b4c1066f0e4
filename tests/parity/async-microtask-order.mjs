// await versus then chains: V8's job ordering.
const out = [];
async function a1() {
  out.push('a1 start');
  await a2();
  out.push('a1 end');
}
async function a2() { out.push('a2'); }
out.push('script start');
setTimeout(() => out.push('timeout'), 0);
a1();
new Promise((resolve) => {
  out.push('p1 executor');
  resolve();
}).then(() => out.push('p1 then 1')).then(() => out.push('p1 then 2')).then(() => out.push('p1 then 3'));
queueMicrotask(() => out.push('queueMicrotask'));
out.push('script end');
await new Promise((r) => setTimeout(r, 5));
console.log(out.join('\n'));
