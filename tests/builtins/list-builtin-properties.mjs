// The own property names (and symbols, as [description]) of every global, of each
// constructor's prototype and of the intrinsic prototypes no global names, one per
// line as GLOBAL.NAME: what check-builtin-properties.sh compares with Node's list.
const names = Object.getOwnPropertyNames(globalThis).sort();
const seen = new Set();
const out = [];
const keyText = (k) => typeof k === 'symbol' ? `[${k.description}]` : k;
function list(label, object) {
  if (object === null || (typeof object !== 'object' && typeof object !== 'function') || seen.has(object)) return;
  seen.add(object);
  for (const k of Reflect.ownKeys(object).map(keyText).sort()) out.push(`${label}.${k}`);
}
for (const name of names) {
  let value;
  try { value = globalThis[name]; } catch { continue; }
  list(name, value);
  // Its own `prototype` only: reading one Reachable lacks would stop the run by name.
  const prototype = typeof value === 'function' && Object.getOwnPropertyDescriptor(value, 'prototype')?.value;
  if (prototype) list(`${name}.prototype`, prototype);
}
for (const [label, object] of [['%ArrayIteratorPrototype%', Object.getPrototypeOf([][Symbol.iterator]())],
  ['%IteratorPrototype%', Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))],
  ['%GeneratorPrototype%', Object.getPrototypeOf(function* () {}).prototype],
  ['%AsyncFunction.prototype%', Object.getPrototypeOf(async function () {})]]) list(label, object);
console.log(out.join('\n'));
