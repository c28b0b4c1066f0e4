class Animal {
  static count = 0;
  #sound;
  constructor(name, sound) { this.name = name; this.#sound = sound; Animal.count++; }
  speak() { return `${this.name} says ${this.#sound}`; }
  get loud() { return this.#sound.toUpperCase(); }
  set sound(v) { this.#sound = v; }
  static create(name) { return new this(name, '...'); }
  #privateMethod() { return 'private'; }
  callPrivate() { return this.#privateMethod(); }
  static #hidden = 'static private';
  static reveal() { return Animal.#hidden; }
}
class Dog extends Animal {
  constructor(name) { super(name, 'woof'); this.tricks = []; }
  speak() { return super.speak() + '!'; }
  get description() { return `Dog ${this.name}`; }
}
const d = new Dog('Rex');
console.log(d.speak(), d.loud, d.description);
d.sound = 'grr';
console.log(d.speak(), d.callPrivate(), Animal.reveal());
console.log(Animal.count, Dog.count, Dog.create('Pup').speak());
console.log(d instanceof Dog, d instanceof Animal, Object.getPrototypeOf(d) === Dog.prototype);
console.log(typeof Animal, typeof d, d.constructor === Dog);
try { Animal(); } catch (e) { console.log(e.message); }
class Point {
  x = 0;
  y = this.x + 1;
  toString() { return `(${this.x}, ${this.y})`; }
}
console.log(`${new Point()}`, String(new Point()));
