// Timers scheduled from timers, and microtasks between timers.
setTimeout(() => console.log('late: 200 ms'), 200);
setTimeout(() => {
  console.log('outer 1');
  setTimeout(() => {
    console.log('nested 1');
    setTimeout(() => console.log('nested 2'), 0);
    Promise.resolve().then(() => console.log('micro in nested 1'));
  }, 0);
  queueMicrotask(() => console.log('micro in outer 1'));
}, 0);
setTimeout(() => {
  console.log('outer 2');
  Promise.resolve().then(() => console.log('micro in outer 2'));
}, 0);
