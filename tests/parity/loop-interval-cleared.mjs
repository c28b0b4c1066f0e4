// setInterval cleared from its own callback, and from another timer.
let count = 0;
const id = setInterval(() => {
  count++;
  console.log('interval A', count);
  if (count === 3) {
    clearInterval(id);
    console.log('A cleared itself');
  }
}, 5);
let b = 0;
const other = setInterval((label) => { b++; console.log(label, b); }, 100, 'interval B');
setTimeout(() => {
  clearInterval(other);
  console.log('B cleared by a timeout, ran', b, 'times');
}, 350);
setTimeout(() => console.log('after A is done', count), 80);
