// About a million steps, the program's cap: `reachable bench/million-steps.mjs --bench-open`.
// A queue of the fifty latest jobs, each with its own small array, collected now and then.
const queue = [];
let sum = 0;
for (let job = 0; job < 160000; job++) {
  queue.push({ job, parts: [job, job + 1] });
  if (queue.length > 50) sum += queue.shift().job;
  if (job % 100 === 99) gc();
}
console.log(sum);
