// The interpreter's fast paths agree with the general ones: numbers, object literal
// fields, class fields, this/new.target read from the frame, parameters living in
// their argument slots, frames reused from call to call, and many shapes.

// Remainders, products and differences of numbers, signs and zeros included.
const pairs = [[7, 3], [-7, 3], [7, -3], [-0, 5], [0, 5], [5.5, 2], [0, 0], [1, 0], [2147483647, 2],
  [4294967296, 7], [-8, 4], [8, -4], [Infinity, 3], [3, Infinity], [NaN, 2], [2 ** 31, 3], [-(2 ** 31), 3]];
for (const [a, b] of pairs) {
  console.log(a, b, a % b, Object.is(a % b, -0), a * b, Object.is(a * b, -0), a - b, Object.is(a - b, -0));
}
let z = -0;
console.log(Object.is(z % 1, -0), Object.is(z - 0, -0), Object.is(0 - z, 0), Object.is(z * 1, -0));
console.log("5" % 3, "6" * "7", null - 1, [] * 2, { valueOf: () => 9 } % 4);

// Object literal fields, built alike many times (the cache) and then differently.
const made = [];
for (let i = 0; i < 5; i++) made.push({ a: i, b: i * 2, c: `x${i}` });
console.log(made);
console.log({ a: 1, a: 2, b: 3 }, { b: 1, a: 2 }, { a: 1, get b() { return 2; }, c: 3 });
const __proto__ = { inherited: true };
const shorthand = { __proto__ };
console.log(Object.keys(shorthand), Object.getPrototypeOf(shorthand) === Object.prototype);
const viaProto = { __proto__: { inherited: true }, own: 1 };
console.log(viaProto.inherited, Object.keys(viaProto));
const wide = {};
for (let i = 0; i < 12; i++) wide["k" + i] = i;
console.log(wide, Object.keys({ p: 1, q: 2, r: 3, s: 4, t: 5, u: 6 }).join());
const maps = [];
for (let i = 0; i < 20; i++) maps.push({ ["key" + (i % 10)]: i });
console.log(maps.map((m) => Object.keys(m)[0]).join(" "));

// Class fields, named and computed, and a frozen instance refusing one.
class Point {
  x = 1;
  y = this.x + 1;
  ["z"] = 3;
}
console.log(new Point(), new Point());
class Late {
  constructor() {
    Object.freeze(this);
  }
}
class Refused extends Late {
  field = 1;
}
try {
  new Refused();
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// this, new.target and the function itself.
function who() {
  return [typeof this, new.target === who, new.target === undefined];
}
console.log(who(), new who() instanceof who, who.call(5));
const holder = {
  name: "holder",
  later() {
    return () => [this.name, typeof new.target];
  },
};
console.log(holder.later()());
class Base {
  constructor() {
    this.kind = new.target.name;
  }
}
class Derived extends Base {
  constructor(early) {
    if (early) {
      try {
        this.kind = "too early";
      } catch (e) {
        console.log(e.constructor.name + ": " + e.message);
      }
    }
    super();
  }
}
console.log(new Derived(true).kind, new Base().kind);

// Parameters in their argument slots: reassigned, captured, shadowed, defaulted.
function params(a, b) {
  a = a * 10;
  const args = arguments;
  return [a, b, args[0], args.length];
}
console.log(params(1), params(1, 2, 3), params());
function captured(a) {
  const get = () => a;
  a += 1;
  return get();
}
console.log(captured(1));
function redeclared(a) {
  function a() {}
  return typeof a;
}
console.log(redeclared(1));
function defaults(a, b = a + 1, c = b * 2) {
  return [a, b, c];
}
console.log(defaults(1), defaults(1, 5), defaults());

// Frames reused at each depth: arguments and rest never leak between calls.
function extra(...rest) {
  return rest.length + ":" + arguments.length;
}
console.log(extra(1, 2, 3), extra(), extra(1));
function depth(n) {
  return n === 0 ? [arguments.length] : depth(n - 1, n, n);
}
console.log(depth(3), depth(0), depth(2, 9));

// Locals past the parameters start undefined, whatever extra arguments came.
function oneVar(a) {
  var x;
  return x;
}
function twoVars(a, b) {
  var x, y;
  return [x, y];
}
function noParameters() {
  var z;
  return z;
}
console.log(oneVar(1, 2), twoVars(1, 2, 3), noParameters(5));

// A class field named like a String wrapper's own length, after the cache has seen
// plain objects.
class ReturnsIt {
  constructor(o) {
    return o;
  }
}
class WithLength extends ReturnsIt {
  length = 7;
}
console.log(new WithLength({}).length);
try {
  new WithLength(new String("ab"));
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// super() and super.x from arrow functions, static fields and static blocks.
class Parent {
  constructor() {
    this.a = 1;
  }
  static s() {
    return "Parent.s";
  }
}
class ArrowSuper extends Parent {
  constructor() {
    const init = () => super();
    init();
    this.b = 2;
  }
}
class ArrowSuperThis extends Parent {
  constructor() {
    const init = () => {
      super();
      return this;
    };
    console.log(init() === this);
  }
}
console.log(new ArrowSuper(), new ArrowSuperThis());
class EmptyBlock {
  static {}
}
class StaticSuper extends Parent {
  static x = super.s();
  static {
    console.log("block", super.s(), this.x);
  }
}
console.log(StaticSuper.x, typeof EmptyBlock);
