// Once the module's task has ended, what it made is garbage unless something holds it:
// the WeakRefs it made no longer keep their targets, and its locals that no function
// captured ended with its frame.
const make = (role) => ({ role });
const ref = new WeakRef(make('WeakRef target'));
const registry = new FinalizationRegistry((held) => console.log('cleanup', held));
(() => registry.register(make('registered'), 'held'))();
const plain = make('local no function captures');
const captured = make('captured local');
const refs = [ref, new WeakRef(plain), new WeakRef(captured)];
const kept = new WeakRef(globalThis);
const show = (label) => console.log(label, refs.map((r) => r.deref()), captured.role);
setTimeout(() => gc(), 0);
setTimeout(() => show('after gc():'), 10);
setTimeout(() => console.log(typeof registry, kept.deref() === globalThis), 20);
