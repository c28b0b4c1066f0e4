// Allocation-heavy work: objects, property reads and writes, calls and closures,
// 1,000,000 iterations. Prints a checksum so that both engines do all the work.
class Vector {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  plus(other) {
    return new Vector(this.x + other.x, this.y + other.y);
  }
}

function makeCounter() {
  let count = 0;
  return () => ++count;
}

const counter = makeCounter();
let sum = new Vector(0, 0);
let checksum = 0;
for (let i = 0; i < 1000000; i++) {
  const step = { dx: i % 7, dy: i % 5 };
  sum = sum.plus(new Vector(step.dx, step.dy));
  const scale = (v) => v * 2 + counter() % 3;
  checksum = (checksum + scale(step.dx)) % 1000003;
}
console.log(sum.x, sum.y, checksum);
