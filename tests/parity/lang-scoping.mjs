console.log(typeof hoisted, hoisted());
function hoisted() { return 'function hoisted'; }
console.log(v);
var v = 'var';
{
  let blockScoped = 'inner';
  const v2 = 'const inner';
  console.log(blockScoped, v2);
}
console.log(typeof blockScoped);
let shadow = 'outer';
{
  let shadow = 'inner';
  console.log(shadow);
}
console.log(shadow);
function f() { if (true) { var fnScoped = 1; } return fnScoped; }
console.log(f());
const fns = [];
for (var i = 0; i < 2; i++) { let j = i; fns.push(() => [i, j]); }
console.log(fns.map((g) => g()));
console.log(this, typeof globalThis, typeof window);
