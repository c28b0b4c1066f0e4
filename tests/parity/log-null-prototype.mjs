console.log(Object.create(null));
const dict = Object.create(null);
dict.a = 1;
dict.b = { c: 2 };
console.log(dict);
console.log({ inner: dict });
const base = { greet: 'hi' };
const derived = Object.create(base);
derived.own = 1;
console.log(derived);
console.log(Object.prototype);
console.log({ a: { b: { c: Object.create(null) } } });
const tagged = {};
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Custom' });
console.log(tagged);
console.log({ [Symbol.toStringTag]: 'Visible', a: 1 });
class Tagged { get [Symbol.toStringTag]() { return 'T'; } }
console.log(new Tagged());
