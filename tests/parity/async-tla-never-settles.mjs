// A top-level await that can never settle: timers still run, then Node exits with code 13.
console.log('before');
setTimeout(() => console.log('timer still runs'), 5);
Promise.resolve().then(() => console.log('microtask runs'));
await new Promise(() => {});
console.log('never printed');
