// JSON.stringify's space and replacer keys: a Number or String wrapper counts as its
// number or string (by ToNumber or ToString, its own valueOf or toString), any other
// object as none (ECMA-262 JSON.stringify steps 4 and 5).
const obj = { a1: { b1: [1, 2, 3, 4], b2: { c1: 1, c2: 2 } }, a2: 'a2' };
console.log(JSON.stringify(obj, null, -1.99999) === JSON.stringify(obj, null, -1));
console.log(JSON.stringify(obj, null, new Number(5.11111)) === JSON.stringify(obj, null, 5));
console.log(JSON.stringify(obj, null, 6.99999) === JSON.stringify(obj, null, 6));
console.log(JSON.stringify([1], null, 2.5), JSON.stringify([1], null, new String('ab')), JSON.stringify([1], null, 'abcdefghijklmn'), JSON.stringify([1], null, 20));
console.log(JSON.stringify([1], null, {}), JSON.stringify([1], null, [3]), JSON.stringify({ a: 1, b: 2, c: 3 }, [new String('a'), new Number(1), 'c']));
const n = new Number(3); n.valueOf = () => 2; const t = new String('x'); t.toString = () => '--';
console.log(JSON.stringify([1], null, n), JSON.stringify([1], null, t), JSON.stringify({ '--': 1, x: 2 }, [t]));
