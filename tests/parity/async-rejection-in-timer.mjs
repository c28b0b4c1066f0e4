// An async function that throws from a timer: the run ends (exit 1) once that task's microtasks are done.
const tick = () => new Promise((r) => setTimeout(r, 0));
async function job(n) {
  await tick();
  console.log('job', n);
  if (n === 2) throw new RangeError('job 2 failed');
}
job(1);
job(2);
setTimeout(() => console.log('far timer (never)'), 100);
await tick();
console.log('module after first tick');
