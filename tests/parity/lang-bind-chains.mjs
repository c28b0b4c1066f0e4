// A bound function of a bound function: the innermost `this`, every level's
// arguments in order, `new` through the chain (and with another new.target),
// `instanceof` through it, names and lengths. (A chain 10,000 deep, called as one,
// is a row of tests/badinput.)
function show(...args) {
  return [this === undefined ? 'undefined' : this.tag, ...args].join(' ');
}
const one = show.bind({ tag: 'first' }, 'a');
const two = one.bind({ tag: 'second' }, 'b');
const three = two.bind(null, 'c');
console.log(three('d'));
console.log(three.name, three.length, two.name);

function Point(x, y) {
  this.x = x;
  this.y = y;
}
const BoundPoint = Point.bind(null, 1).bind(null, 2);
const p = new BoundPoint();
console.log(p.x, p.y, p instanceof Point, p instanceof BoundPoint);

class Base {
  constructor(...args) {
    this.args = args;
  }
}
const BoundBase = Base.bind(null, 'bound').bind(null, 'twice');
console.log(new BoundBase('own').args, Reflect.construct(BoundBase, ['own'], Base).args);
