// setTimeout and setInterval return Timeout objects, as in Node: `this` in a function
// callback, taken by clearTimeout, converted to a number (whose value depends on Node's
// internals, so it is not printed here), with ref/unref/hasRef/refresh/close.

// javascript.info, "Function binding": a method passed to setTimeout loses its `this`.
let user = {
  firstName: 'John',
  sayHi() {
    console.log(`Hello, ${this.firstName}!`);
  },
};
setTimeout(user.sayHi, 1000); // Hello, undefined!

const timer = setTimeout(function () {
  console.log('this is the Timeout:', this === timer, typeof this);
}, 5);
console.log(typeof timer, timer.constructor.name, timer instanceof Object);
console.log(timer.hasRef(), timer.unref() === timer, timer.hasRef(), timer.ref() === timer, timer.hasRef());
console.log(typeof +timer, Number.isInteger(Number(timer)), `${timer}` === String(Number(timer)));

const cleared = setTimeout(() => console.log('cleared: never printed'), 1);
clearTimeout(cleared);
const byNumber = setTimeout(() => console.log('cleared by number: never printed'), 1);
clearTimeout(Number(byNumber));
const closed = setTimeout(() => console.log('closed: never printed'), 1);
console.log(closed.close() === closed);
const idle = setTimeout(() => console.log('unref: never printed, the run ends first'), 25000);
idle.unref();

let ticks = 0;
const interval = setInterval(function () {
  ticks++;
  console.log('tick', ticks, this === interval);
  if (ticks === 3) clearInterval(this);
}, 100);

// Far apart, so that Node under load (its timers run on real time) keeps the order.
const refreshed = setTimeout(() => console.log('refreshed timer fires at 400'), 250);
setTimeout(() => {
  console.log('refresh at 150');
  refreshed.refresh();
}, 150);
setTimeout(() => console.log('at 350'), 350);
setTimeout(() => console.log('at 450'), 450);

let runs = 0;
const again = setTimeout(() => {
  runs++;
  console.log('fired', runs);
  if (runs < 2) setTimeout(() => again.refresh(), 5);
}, 1000);

setTimeout(function (a, b) {
  console.log('arguments', a, b, this.hasRef());
}, 1500, 'x', 42);

const proto = Object.getPrototypeOf(timer);
console.log(['refresh', 'unref', 'ref', 'hasRef', 'close'].map((name) => typeof proto[name]).join(' '));
console.log(Object.keys(proto), typeof proto[Symbol.toPrimitive]);
