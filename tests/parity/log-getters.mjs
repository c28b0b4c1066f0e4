const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 3; },
  set c(v) {},
  plain: 4,
};
console.log(o);
class Temp {
  #c = 20;
  get f() { return this.#c * 9 / 5 + 32; }
}
console.log(new Temp());
console.log([o]);
