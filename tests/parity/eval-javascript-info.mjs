// The examples of javascript.info's "Eval: run a code string"
// (https://javascript.info/eval, 1-js/99-js-misc/02-eval/article.md, by Ilya Kantor and
// contributors, CC BY-NC-SA), with console.log for alert, run as a module.
//
// Reachable refuses a direct call `eval(code)` (its code would see the caller's
// variables), so the examples that depend on the caller's scope are left out: `eval`
// seeing `a` inside f() (2) and `eval("x = 10")` changing the module's `x`. The others
// are written with an indirect eval, `(0, eval)(code)`, which Node prints identically.
// `window.eval` is `globalThis.eval` in Node, and the tutorial's global `x` is a
// property of globalThis here, as a module's `let` is not global.
const evalGlobally = (0, eval);

let code = 'console.log("Hello")';
evalGlobally(code); // Hello

// The result of eval is the result of the last statement.
let value = evalGlobally('1+1');
console.log(value); // 2
let value2 = evalGlobally('let i = 0; ++i');
console.log(value2); // 1

// Declarations inside strict code given to eval are not visible outside.
evalGlobally('"use strict"; let x = 5; function f() {}');
console.log(typeof x); // undefined (no such variable)
console.log(typeof f); // undefined: strict eval code keeps its function too

// window.eval: the code runs in the global scope.
globalThis.x = 1;
{
  let x = 5;
  console.log(x, globalThis.eval('x')); // 5 1 (the global variable)
}

// new Function, for code that needs local values: pass them as arguments.
let g = new Function('a', 'console.log(a)');
g(5); // 5
