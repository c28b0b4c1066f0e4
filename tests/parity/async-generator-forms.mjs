// Async generators in every form: declarations, expressions, object and class methods
// (static too), AsyncGeneratorFunction, and what they print and report as their tag.
async function* declared(n) {
  for (let i = 0; i < n; i++) yield i;
}
const expressed = async function* named() { yield "expression"; };
const anonymous = [async function* () { yield "anonymous"; }][0];
const object = {
  async *method() { yield "object method"; },
  async *[Symbol.asyncIterator]() { yield "computed key"; },
};
class Shelf {
  static async *make() { yield "static method"; }
  async *items() { yield "class method"; yield this.constructor.name; }
  async *#hidden() { yield "private method"; }
  hidden() { return this.#hidden(); }
}

console.log(declared, expressed, anonymous, object.method, Shelf.make);
const g = declared(2);
console.log(g, Object.prototype.toString.call(g), String(declared));
console.log(Object.prototype.toString.call(declared), declared.prototype);
const AsyncGeneratorFunction = Object.getPrototypeOf(declared).constructor;
console.log(AsyncGeneratorFunction.name, AsyncGeneratorFunction.length);
console.log(Object.getPrototypeOf(g) === declared.prototype);
const asyncGeneratorPrototype = Object.getPrototypeOf(declared.prototype);
const asyncIteratorPrototype = Object.getPrototypeOf(asyncGeneratorPrototype);
console.log(Object.getOwnPropertyNames(asyncGeneratorPrototype), asyncGeneratorPrototype[Symbol.toStringTag]);
console.log(asyncIteratorPrototype[Symbol.asyncIterator].name, g[Symbol.asyncIterator]() === g);
console.log(typeof g.next, g.next.length, "next" in declared.prototype, declared.prototype.hasOwnProperty("next"));
console.log(Object.getPrototypeOf(asyncIteratorPrototype) === Object.prototype);
const made = new AsyncGeneratorFunction("a", "yield a; yield a * 2;");
console.log(made.name, typeof made);

for await (const v of declared(3)) console.log("declared", v);
for await (const v of expressed()) console.log(v);
for await (const v of anonymous()) console.log(v);
for await (const v of object.method()) console.log(v);
for await (const v of object) console.log(v);
for await (const v of Shelf.make()) console.log(v);
for await (const v of new Shelf().items()) console.log(v);
for await (const v of new Shelf().hidden()) console.log(v);
for await (const v of made(21)) console.log("made", v);
console.log(await g.next(), await g.next(), await g.next(), await g.next());
