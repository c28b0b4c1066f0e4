// The constructor of async functions is AsyncFunction (not exposed as a global).
const f = async () => 1;
async function g() {}
console.log(f.constructor.name, g.constructor.name);
console.log(Object.getPrototypeOf(g) === Object.getPrototypeOf(f));
console.log(Object.getPrototypeOf(g) === Function.prototype, f instanceof Function);
console.log(Object.prototype.toString.call(g));
console.log(Object.getPrototypeOf(g)[Symbol.toStringTag]);
