// Each timer callback is its own task: its microtasks run before the next timer.
for (let i = 0; i < 3; i++) {
  setTimeout(() => {
    console.log('timer', i);
    queueMicrotask(() => console.log('  micro of timer', i));
    Promise.resolve().then(() => Promise.resolve()).then(() => console.log('  later micro of timer', i));
  }, 0);
}
setTimeout(() => console.log('timer 10 ms'), 10);
