class Resource {
  constructor(name) { this.name = name; }
}
class Image extends Resource {
  #secret = 1;
  static count = 0;
  constructor(name, size) { super(name); this.size = size; }
}
console.log(new Resource('r'));
console.log(new Image('i', 10));
console.log(Resource, Image);
console.log([Resource, new Image('x', 1)]);
console.log({ cls: Image, inst: new Resource('y') });
class Empty {}
console.log(new Empty(), [new Empty()], { e: new Empty() });
console.log({ a: { b: { c: new Resource('deep') } } });
console.log({ a: { b: { c: new Empty() } } });
console.log(Resource.prototype, Image.prototype);
const anon = class {};
console.log(anon, new anon());
console.log(class {});
class Counter { static total = 5; }
console.log(Counter);
