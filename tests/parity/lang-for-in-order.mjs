const obj = { b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'neg', '01': 'lead', 10: 'ten', [Symbol('s')]: 'sym' };
for (const k in obj) console.log(k, obj[k]);
console.log(Object.keys(obj));
console.log(obj);
class Base { constructor() { this.own = 1; } }
Base.prototype.inherited = 2;
const inst = new Base();
for (const k in inst) console.log('key', k);
const arr = ['x', 'y'];
arr.prop = 'p';
for (const i in arr) console.log(i, typeof i);
for (const ch of 'héllo') console.log(ch);
