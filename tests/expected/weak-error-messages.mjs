// V8's exact TypeError messages for the weak built-ins (Node 20; Node 18 words some differently).
const registry = new FinalizationRegistry(() => {});
const o = {};
const tries = [
  () => new WeakRef(1),
  () => new WeakRef(Symbol.for('registered')),
  () => WeakRef({}),
  () => WeakRef.prototype.deref.call({}),
  () => new FinalizationRegistry(),
  () => new FinalizationRegistry({}),
  () => FinalizationRegistry(() => {}),
  () => registry.register(1, 'h'),
  () => registry.register(o, o),
  () => registry.register({}, 'h', 1),
  () => registry.unregister(1),
  () => registry.unregister('str'),
  () => FinalizationRegistry.prototype.register.call({}, {}, 1),
  () => new WeakMap().set(1, 1),
  () => new WeakMap().set(Symbol.for('k'), 1),
  () => new WeakMap([[1, 2]]),
  () => WeakMap(),
  () => WeakMap.prototype.get.call({}, o),
  () => new WeakSet().add(1),
  () => new WeakSet([null]),
  () => WeakSet(),
  () => WeakSet.prototype.has.call(new Set(), o),
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
