// The examples of javascript.info's "Eval: run a code string"
// (https://javascript.info/eval, 1-js/99-js-misc/02-eval/article.md, by Ilya Kantor and
// contributors, CC BY-NC-SA), with console.log for alert, run as a module (strict, as
// the tutorial's runnable examples are). Left out: none; `window.eval` is
// `globalThis.eval` in Node, and the tutorial's global `x = 1` is made a property of
// globalThis here, as a module's `let` is not global. Each example is in a block of
// its own, as the tutorial's run separately.
{
  let code = 'console.log("Hello")';
  eval(code); // Hello
}
{
  // The result of eval is the result of the last statement.
  let value = eval('1+1');
  console.log(value); // 2
}
{
  let value = eval('let i = 0; ++i');
  console.log(value); // 1
}
{
  // The code runs in the current lexical environment: it sees outer variables.
  let a = 1;
  function f() {
    let a = 2;
    eval('console.log(a)'); // 2
  }
  f();
  console.log(a); // 1
}
{
  // It can change outer variables as well.
  let x = 5;
  eval('x = 10');
  console.log(x); // 10, value modified
}
{
  // In strict mode eval has its own lexical environment: its declarations stay inside.
  eval('let x = 5; function f() {}');
  console.log(typeof x); // undefined (no such variable)
  console.log(typeof f); // undefined: function f is not visible either
}
{
  // window.eval: the code runs in the global scope.
  globalThis.x = 1;
  {
    let x = 5;
    console.log(x, globalThis.eval('x')); // 5 1 (the global variable)
  }
}
{
  // new Function, for code that needs local values: pass them as arguments.
  let f = new Function('a', 'console.log(a)');
  f(5); // 5
}
