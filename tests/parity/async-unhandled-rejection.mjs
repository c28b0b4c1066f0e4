// An unhandled rejection ends the run after the microtasks of the task, before any timer.
console.log('start');
setTimeout(() => console.log('timer (never)'), 0);
const handledLater = Promise.reject(new Error('handled in the same tick'));
queueMicrotask(() => {
  handledLater.catch((e) => console.log('caught late:', e.message));
});
async function fails() { await null; throw new Error('async failure'); }
fails();
Promise.resolve().then(() => console.log('microtask still runs'));
console.log('sync end');
