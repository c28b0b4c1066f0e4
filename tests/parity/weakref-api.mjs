// WeakRef's shape: constructor, prototype, receiver checks (names of errors only).
const ref = new WeakRef({});
console.log(typeof WeakRef, WeakRef.length, WeakRef.name);
console.log(WeakRef.prototype.deref.length, WeakRef.prototype.deref.name);
console.log(Object.prototype.toString.call(ref));
console.log(WeakRef.prototype[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(ref) === WeakRef.prototype, ref instanceof WeakRef);
console.log(Object.getOwnPropertyNames(WeakRef.prototype));
console.log(Object.keys(ref), JSON.stringify(ref));
const d = Object.getOwnPropertyDescriptor(WeakRef.prototype, 'deref');
console.log(d.writable, d.enumerable, d.configurable);
const tries = [
  () => WeakRef({}),
  () => new WeakRef(),
  () => new WeakRef(1),
  () => new WeakRef('str'),
  () => new WeakRef(null),
  () => new WeakRef(Symbol.for('registered')),
  () => WeakRef.prototype.deref.call({}),
  () => WeakRef.prototype.deref.call(new WeakMap()),
];
for (const t of tries) {
  try { console.log('ok', t()); } catch (e) { console.log(e.constructor.name, e instanceof TypeError); }
}
const f = () => 1;
console.log(new WeakRef(f).deref() === f, new WeakRef(ref).deref() === ref);
class MyRef extends WeakRef { get twice() { return [this.deref(), this.deref()]; } }
const target = { t: 1 };
const mine = new MyRef(target);
console.log(mine.twice, mine instanceof WeakRef, Object.prototype.toString.call(mine));
