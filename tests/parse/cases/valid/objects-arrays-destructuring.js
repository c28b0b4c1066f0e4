const key = "k";
const source = { a: 1 };
const o = {
  a: 1, "b": 2, 3: "three", [key]: 4, key, ...source,
  method() { return super.toString(); },
  get g() { return 1; },
  set g(v) {},
  async am() {},
  get: 1, set: 2, async: 3, new: 4, class: 5,
  __proto__: null,
  "__proto__"() {},
  ["__proto__"]: 1,
};
const arr = [1, , 3, ...[4, 5], , ];
const [first, , third = 3, ...others] = arr;
const { a, b: renamed, c: { d } = { d: 1 }, ...restObj } = o;
let x, y, z;
[x, y] = [y, x];
({ x, y: z = 5 } = { x: 1 });
[o.a, o["b"]] = [1, 2];
[(x)] = [1];
({ a: (o.a) } = {});
[x = 1, [y] = [2], { z } = {}] = [];
({ __proto__: x, __proto__: y } = {});
for ([x, y] of [[1, 2]]);
for ({ x } of [{}]);
for (o.a in o);
const { [key]: computed } = o;
