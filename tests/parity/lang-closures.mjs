function counter() {
  let count = 0;
  return { inc: () => ++count, get: () => count };
}
const c1 = counter();
const c2 = counter();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
const fns = [];
for (let i = 0; i < 3; i++) fns[i] = () => i;
console.log(fns[0](), fns[1](), fns[2]());
var vs = [];
for (var j = 0; j < 3; j++) vs[j] = () => j;
console.log(vs[0](), vs[2]());
function adder(x) { return (y) => (z) => x + y + z; }
console.log(adder(1)(2)(3));
const once = (fn) => { let done = false, result; return (...a) => done ? result : (done = true, result = fn(...a)); };
const init = once((v) => ({ v }));
console.log(init(1), init(2));
function outer() { const secret = 's'; function inner() { return secret + '!'; } return inner; }
console.log(outer()());
