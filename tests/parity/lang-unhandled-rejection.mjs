console.log('start');
setTimeout(() => console.log('timer that never runs'), 10);
Promise.reject(new Error('nobody handles this'));
console.log('sync end');
