// Date.now() and new Date() read the clock as performance.now() does: a timer's
// callback sees the time advanced by at least its delay. The times themselves vary
// from run to run, so only their differences are compared.
const start = Date.now();
const made = new Date();
console.log(typeof start, Number.isInteger(start), made.getTime() >= start, made.getTime() - start < 1000);
setTimeout(() => {
  const elapsed = Date.now() - start;
  console.log('after 1000 ms:', elapsed >= 1000, elapsed < 2000);
  console.log('new Date() too:', new Date() - made >= 1000);
}, 1000);
setTimeout(() => {
  console.log('after 2500 ms:', Date.now() - start >= 2500);
}, 2500);
