// Timers pass extra arguments; clearTimeout tolerates odd values; handles are distinct.
setTimeout((a, b, c) => console.log('args:', a, b, c), 0, 'x', 2, { k: true });
setTimeout((...all) => console.log('count:', all.length), 0);
let n = 0;
const iv = setInterval((step) => {
  n += step;
  console.log('interval step', step, 'total', n);
  if (n >= 6) clearInterval(iv);
}, 1, 3);
const t1 = setTimeout(() => console.log('never 1'), 5);
const t2 = setTimeout(() => console.log('runs'), 100);
console.log(t1 !== t2);
clearTimeout(t1);
clearTimeout(t1);
clearTimeout(undefined);
clearTimeout(null);
clearInterval(undefined);
const t3 = setTimeout(() => console.log('cleared by clearInterval'), 5);
clearInterval(t3);
function greet(who) { console.log('hello', who); }
setTimeout(greet, 200, 'world');
