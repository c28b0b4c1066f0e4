const obj = {
  name: 'obj',
  regular() { return this?.name; },
  arrow: () => typeof this,
  nested() { return [1].map ? (() => this.name)() : 'x'; },
};
console.log(obj.regular(), obj.arrow(), obj.nested());
const detached = obj.regular;
console.log(detached());
function Ctor(v) { this.v = v; }
Ctor.prototype.get = function () { return this.v; };
const c = new Ctor(5);
console.log(c.get(), c, c instanceof Ctor);
console.log(obj.regular.call({ name: 'called' }), obj.regular.apply({ name: 'applied' }, []));
const bound = obj.regular.bind({ name: 'bound' });
console.log(bound(), bound.name, detached.name, (() => {}).name, (function named() {}).name);
function defaults(a, b = a * 2, c = b + 1) { return [a, b, c]; }
console.log(defaults(1), defaults(1, 5), defaults(1, undefined, 0), defaults.length);
function rest(first, ...others) { return others.length; }
console.log(rest(1, 2, 3), rest.length);
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(10), fact(20));
const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
console.log(fib(20));
console.log(typeof this);
