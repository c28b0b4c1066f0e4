const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
console.log(deep);
console.log([deep]);
console.log([[[[[1]]]]]);
console.log({ a: [{ b: [{ c: 1 }] }] });
console.log({ a: { b: { c: { d: [] } } } });
console.log({ a: { b: { c: { d: {} } } } });
console.log({ a: { b: { c: { d: [1, 2] } } } });
class Node_ { constructor(next) { this.next = next; } }
console.log(new Node_(new Node_(new Node_(new Node_(null)))));
const list = { value: 1, next: { value: 2, next: { value: 3, next: { value: 4, next: null } } } };
console.log(list);
console.log({ x: { y: { z: { w: 1 } }, y2: [[1, [2]]] } });
