function make(a, b = a + 1, ...rest) { return [a, b, rest]; }
const square = x => x * x;
const add = (a, b) => a + b;
const noArgs = () => ({ value: 1 });
const withBody = (a, { b, c = 2 } = {}, [d, , e] = []) => { return a + b + c + d + e; };
const asyncArrow = async x => await x;
const asyncParens = async (a, ...rest) => { await null; return rest; };
const asyncCall = async(1, 2);
async function load(url) { const response = await fetch(url); return response; }
const expression = function named(n) { return n ? named(n - 1) : new.target; };
const anonymous = function () { return arguments.length; };
const obj = { async method() { await 1; }, async [Symbol.iterator]() {} }.method;
await Promise.resolve(1);
const top = await load("x").catch(() => null);
(function iife() {})();
(() => {})();
setTimeout(() => console.log("later"), 0);
function closures() { let n = 0; return { inc: () => ++n, get: () => n }; }
function defaults({ a = 1, b: { c } = { c: 2 } } = {}) { return a + c; }
function shadow(x) { { let x = 2; } var y; { var y; } return x; }
function params(a, b) { var a; return a; }
function fnScoped() { var f; function f() {} function f() {} }
