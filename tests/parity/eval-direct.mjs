// Direct eval, `eval(src)`: the code sees the caller's variables (read and write), its
// `this` and `arguments`; in strict code (a module) its own let, const, var and
// functions stay inside it. A function containing a direct eval keeps every variable
// in a context, so a closure that evals keeps them all alive.
let a = 1;
function f() {
  let a = 2;
  console.log(eval('a'));
  eval('a = 3');
  console.log(a, eval('let b = 10; a + b'), typeof b);
  return () => eval('a * 2');
}
console.log(f()());
let x = 5;
eval("x = 10");
console.log(x);
eval("let y = 5; var z = 1; function g() {}");
console.log(typeof y, typeof z, typeof g);
function args() { return eval('arguments.length + this.k'); }
console.log(args.call({ k: 100 }, 1, 2, 3));
const o = { m() { return eval('this === o'); }, arrow() { return (() => eval('this === o'))(); } };
console.log(o.m(), o.arrow());
console.log(eval('this'), eval(42), eval(), eval('1; if (false) 2'));
{
  let blockVar = 'block';
  console.log(eval('blockVar + a'));
}
const c = 1;
try { eval('c = 2'); } catch (e) { console.log(e.name, e.message); }
try { eval('notThere'); } catch (e) { console.log(e.name, e.message); }
try { eval('let q = ;'); } catch (e) { console.log(e.name, e.message); }
for (let i = 0; i < 2; i++) console.log(eval('i'));
console.log(eval('(function () { return x + a; })')());

// The memory rule: `big` is kept by the closure only because the closure evals.
function keeper() {
  const big = new Array(3).fill('kept');
  return () => eval('big.length');
}
console.log(keeper()());
