const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
};
console.log(temp.f);
temp.f = 212;
console.log(temp._c, temp);
class Box {
  #v = 0;
  static #made = 0;
  constructor() { Box.#made++; }
  get value() { return this.#v; }
  set value(x) { if (x < 0) throw new RangeError('negative'); this.#v = x; }
  static get made() { return Box.#made; }
}
const box = new Box();
box.value = 5;
console.log(box.value, Box.made, box);
try { box.value = -1; } catch (e) { console.log(e.name, e.message, e instanceof RangeError); }
const readOnly = { get x() { return 1; } };
try { readOnly.x = 2; } catch (e) { console.log(e.constructor === TypeError, e.message); }
