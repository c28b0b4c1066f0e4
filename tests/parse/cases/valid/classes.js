class Resource {
  #secret = 42;
  #hidden() { return this.#secret; }
  get #both() { return 1; }
  set #both(v) {}
  static count = 0;
  static #instances = new Set();
  name;
  "quoted key" = 1;
  [Symbol.toStringTag] = "Resource";
  42 = "answer";
  static {
    Resource.count = 1;
    var local = 2;
  }
  constructor(name) { this.name = name; Resource.#instances.add(this); }
  get size() { return this.#secret; }
  set size(value) { this.#secret = value; }
  static create(name) { return new Resource(name); }
  async load() { return await this.#hidden(); }
  has(o) { return #secret in o; }
  static get static() { return 1; }
  get() { return "a method named get"; }
  set(v) { return v; }
  static() {}
  async() {}
}
class Image extends Resource {
  constructor(name, url) { super(name); this.url = url; }
  describe() { return super.name + this.url; }
  static make() { return super.create("x"); }
  field = () => super.size;
  arrowThis = () => this;
}
const Anonymous = class {};
const Named = class Inner { m() { return Inner; } };
class Outer { #x = 1; m() { return class { n(o) { return o.#x; } }; } }
new Image("a", "b").describe();
