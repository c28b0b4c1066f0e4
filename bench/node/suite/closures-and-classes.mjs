// Closures and classes: counters made by factories, a class hierarchy with super
// calls and getters, and private fields.
const makeCounter = (start) => {
  let n = start;
  return { next: () => (n += 1), peek: () => n };
};
class Shape {
  #id;
  constructor(id) {
    this.#id = id;
  }
  get id() {
    return this.#id;
  }
  area() {
    return 0;
  }
}
class Rect extends Shape {
  constructor(id, w, h) {
    super(id);
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}
class Square extends Rect {
  constructor(id, s) {
    super(id, s, s);
  }
  area() {
    return super.area() + 1;
  }
}
let total = 0;
for (let i = 0; i < 300000; i += 1) {
  const counter = makeCounter(i);
  counter.next();
  total += counter.peek() & 1023;
  const shape = i % 2 ? new Rect(i, 2, 3) : new Square(i, 3);
  total += shape.area() + (shape.id & 1);
}
console.log(total);
