// Private names are checked: only objects their class made (or initialized) have
// them, and every other access throws V8's TypeError.
const attempt = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};

class Counter {
  #count = 0;
  #step() {
    return 1;
  }
  get #doubled() {
    return this.#count * 2;
  }
  set #value(v) {
    this.#count = v;
  }
  static #instances = 0;
  static #describe() {
    return `Counter x${Counter.#instances}`;
  }
  constructor() {
    Counter.#instances++;
  }
  increment() {
    this.#count += this.#step();
    return this;
  }
  reset() {
    this.#value = 0;
    return this.#doubled;
  }
  static read(o) { return o.#count; }
  static write(o) { o.#count = 5; return 'written'; }
  static step(o) { return o.#step(); }
  static doubled(o) { return o.#doubled; }
  static setDoubled(o) { o.#doubled = 1; }
  static readValue(o) { return o.#value; }
  static replaceStep(o) { o.#step = () => 2; }
  static has(o) { return #count in o; }
  static hasStep(o) { return #step in o; }
  static instances() { return this.#instances; }
  static describe() { return this.#describe(); }
  static bump() { this.#instances = 100; }
  static update(o) { return o.#count++; }
  static destructure(o) { [o.#count] = [9]; return o.#count; }
  static optional(o) { return o?.#count; }
}

class SubCounter extends Counter {}

const c = new Counter().increment().increment();
attempt('read own', () => Counter.read(c));
attempt('doubled', () => Counter.doubled(c));
attempt('reset', () => c.reset());
attempt('read foreign', () => Counter.read({}));
attempt('write foreign', () => Counter.write({ count: 1 }));
attempt('method foreign', () => Counter.step({}));
attempt('method subclass', () => Counter.step(new SubCounter()));
attempt('getter foreign', () => Counter.doubled(Object.create(Counter.prototype)));
attempt('getter without setter', () => Counter.setDoubled(c));
attempt('setter without getter', () => Counter.readValue(c));
attempt('assign method', () => Counter.replaceStep(c));
attempt('in plain', () => Counter.has({}));
attempt('in subclass', () => Counter.has(new SubCounter()));
attempt('method in', () => Counter.hasStep(c));
attempt('in primitive', () => Counter.has(42));
attempt('static own', () => Counter.instances());
attempt('static via subclass', () => SubCounter.instances());
attempt('static method via subclass', () => SubCounter.describe());
attempt('static write via subclass', () => SubCounter.bump());
attempt('static method', () => Counter.describe());
attempt('update foreign', () => Counter.update({}));
attempt('update own', () => Counter.update(c));
attempt('destructure own', () => Counter.destructure(c));
attempt('destructure foreign', () => Counter.destructure({}));
attempt('optional null', () => Counter.optional(null));
attempt('read null', () => Counter.read(null));
attempt('read number', () => Counter.read(1));

// A base constructor that returns another object: the subclass's fields and brand go
// onto that object, and only once.
class Base {
  constructor(o) {
    return o;
  }
}
class Stamper extends Base {
  #stamp = 'stamped';
  static stampOf(o) { return o.#stamp; }
}
class Brander extends Base {
  #secret() { return 'branded'; }
  static call(o) { return o.#secret(); }
}
const target = {};
new Stamper(target);
attempt('stamped object', () => Stamper.stampOf(target));
attempt('stamp twice', () => new Stamper(target));
new Brander(target);
attempt('branded object', () => Brander.call(target));
attempt('brand twice', () => new Brander(target));

// Private members never show.
console.log(c, Object.keys(c), JSON.stringify(c), Reflect.ownKeys(c), Object.getOwnPropertySymbols(c));
