// queueMicrotask and promise jobs share one FIFO queue, drained before any timer.
setTimeout(() => console.log('timer'), 0);
queueMicrotask(() => {
  console.log('micro 1');
  queueMicrotask(() => console.log('micro 1 -> nested'));
});
Promise.resolve().then(() => {
  console.log('then 1');
  return null;
}).then(() => console.log('then 2'));
queueMicrotask(() => console.log('micro 2'));
Promise.reject(new Error('x')).catch(() => console.log('catch')).finally(() => console.log('finally'));
new Promise((resolve) => {
  console.log('executor runs synchronously');
  resolve('value');
}).then((v) => console.log('then of new Promise', v));
console.log('sync end');
