// An anonymous default export is evaluated where it stands, in order with the rest of
// the module; its value is the module's *default* binding, which only an importer
// could read. Export lists name what the module declares, strings as names included.
const order = [];
const note = (what) => {
  order.push(what);
  return what;
};

note('before');
export default [note('Jan'), note('Feb'), 'Mar'].map((m) => m.toUpperCase());
note('after');

let counter = 0;
export { counter, counter as "the count", note as record };
counter++;

export var later = note('var');
export const tuple = [1, 2];
export let { length } = tuple;

console.log(order.join(' '), counter, later, length);
console.log(typeof globalThis.counter, typeof globalThis.later, this);
