// Generators in the iteration protocol, and next/throw/return as ECMA-262 defines
// them: the generator runs only when asked, finally blocks run on return(), yield*
// forwards all three to its delegate, and the objects print as Node prints them.

function* count(limit) {
  console.log('count starts');
  for (let i = 0; i < limit; i++) yield i;
  return 'done';
}

const c = count(3);
console.log('made, not started');
console.log(c.next(), c.next(), c.next(), c.next(), c.next());

// The iteration protocol: spread, destructuring, Array.from, Map, Set, for…of.
console.log([...count(3)], Array.from(count(4), (x) => x * 10));
const [first, , third = 'none', ...others] = count(6);
console.log(first, third, others);
console.log(new Map((function* () { yield ['a', 1]; yield ['b', 2]; })()));
console.log(new Set(count(2)), Math.max(...count(5)));
const it = count(2);
console.log(it[Symbol.iterator]() === it, typeof it.next, Object.prototype.toString.call(it));

// Leaving a for…of early calls return(): the generator's finally block runs.
function* guarded() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('cleanup');
  }
}
for (const x of guarded()) {
  console.log('got', x);
  break;
}

// return() at a yield inside try…finally; a finally that yields postpones the end.
function* postponed() {
  try {
    yield 'a';
  } finally {
    yield 'in finally';
    console.log('finally done');
  }
}
const p = postponed();
console.log(p.next(), p.return('r'), p.next(), p.next());

// throw() caught inside the generator; uncaught it finishes the generator.
function* catcher() {
  while (true) {
    try {
      yield 'waiting';
    } catch (e) {
      console.log('caught', e.message);
      return 'recovered';
    }
  }
}
const k = catcher();
console.log(k.next(), k.throw(new Error('boom')), k.next());
const fresh = catcher();
try {
  fresh.throw(new Error('before start'));
} catch (e) {
  console.log('thrown out:', e.message, fresh.next());
}
console.log(count(1).return(7), count(1).return());

// yield* delegates next, throw and return, and its value is the delegate's return value.
function* inner() {
  try {
    const received = yield 'inner 1';
    console.log('inner received', received);
    yield 'inner 2';
  } catch (e) {
    console.log('inner caught', e);
    yield 'inner after catch';
  } finally {
    console.log('inner finally');
  }
  return 'inner result';
}
function* outer() {
  const result = yield* inner();
  console.log('yield* gave', result);
  yield* [10, 20];
  yield* 'hi';
}
console.log([...outer()]);
const o = outer();
console.log(o.next(), o.next('x'), o.throw('oops'), o.next(), o.next());
const r = outer();
console.log(r.next(), r.return('stop'), r.next());

// yield* over an iterator without throw(): it is closed, and a TypeError thrown.
const plain = {
  [Symbol.iterator]() { return this; },
  next(v) { return { value: 'plain ' + v, done: false }; },
  return() { console.log('plain closed'); return {}; },
};
function* overPlain() { yield* plain; }
const op = overPlain();
console.log(op.next('a'), op.next('b'));
try { op.throw(new Error('x')); } catch (e) { console.log(e instanceof TypeError, e.message); }

// yield as an expression: its value, precedence and the arguments of a call.
function* exprs() {
  const a = yield;
  const b = [yield 1, yield 2];
  console.log('a', a, 'b', b, Math.max(yield 'x', yield 'y'));
  return yield yield 'nested';
}
const e = exprs();
for (let i = 0; i < 8; i++) console.log(e.next(i));

// Generator methods: object literals, classes, static, computed names, getters of this.
const key = 'computed';
class Tree {
  constructor(...values) { this.values = values; }
  *[Symbol.iterator]() { yield* this.values; }
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
  *[key]() { yield key; }
}
const t = new Tree(3, 1, 2);
console.log([...t], [...Tree.range(3)], [...t.computed()]);
const lit = { *gen() { yield this === lit; }, *['a' + 'b']() { yield 'ab'; } };
console.log([...lit.gen()], [...lit.ab()]);

// What they are: inspect, prototypes, properties, typeof.
function* named() {}
console.log(named, Tree.range, t[Symbol.iterator], lit.gen, named());
console.log(typeof named, named.length, named.name, Object.getOwnPropertyNames(named));
console.log(Object.getOwnPropertyNames(named.prototype), Object.getPrototypeOf(named()) === named.prototype);
const GeneratorFunction = Object.getPrototypeOf(named).constructor;
const GeneratorPrototype = Object.getPrototypeOf(named.prototype);
console.log(GeneratorFunction, GeneratorFunction.name, Object.getPrototypeOf(GeneratorFunction) === Function);
console.log(Object.getPrototypeOf(named), GeneratorPrototype, GeneratorPrototype[Symbol.toStringTag]);
console.log(Object.getOwnPropertyNames(GeneratorPrototype), GeneratorPrototype.constructor === Object.getPrototypeOf(named));
console.log(named instanceof Function, named() instanceof named, Object.getOwnPropertyDescriptor(named, 'prototype'));
console.log(String(named), `${Tree.range}`);
