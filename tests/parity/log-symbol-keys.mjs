const s1 = Symbol('one');
const s2 = Symbol();
const obj = { regular: 1, [s1]: 'symbol value', [s2]: 2 };
console.log(obj);
console.log([obj]);
console.log(Symbol.iterator, Symbol('with space'), Symbol('quote\'s'));
console.log({ [Symbol('a\nb')]: 1 });
console.log(typeof s1, s1.toString(), s1.description);
