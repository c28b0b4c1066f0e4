// The Function constructor is a global; functions inherit from Function.prototype.
console.log(typeof Function, Function.name, Function.length);
const f = function () {};
console.log(f.constructor === Function, Object.getPrototypeOf(f) === Function.prototype, f instanceof Function);
console.log(typeof Function.prototype, typeof Function.prototype.call, typeof Function.prototype.bind);
const join = Function.prototype.call.bind(Array.prototype.join);
console.log(join([1, 2, 3], '+'));
const g = new Function();
console.log(typeof g, g(), g instanceof Function);
console.log((() => 1).constructor === Function, class {}.constructor === Function);
