// Recursion and method calls: a recursive function, a tree walked by methods, and
// calls through `this` and closures.
const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));

class Node {
  constructor(depth) {
    this.left = depth > 0 ? new Node(depth - 1) : null;
    this.right = depth > 0 ? new Node(depth - 1) : null;
  }
  count() {
    return 1 + (this.left ? this.left.count() : 0) + (this.right ? this.right.count() : 0);
  }
  depth() {
    return this.left ? 1 + Math.max(this.left.depth(), this.right.depth()) : 0;
  }
}

class Counter {
  constructor() {
    this.n = 0;
  }
  add(k) {
    this.n += k;
    return this;
  }
}

let total = fib(27);
const tree = new Node(14);
for (let i = 0; i < 16; i += 1) total += tree.count() + tree.depth();
const counter = new Counter();
for (let i = 0; i < 800000; i += 1) counter.add(i & 7).add(1);
console.log(total, counter.n);
