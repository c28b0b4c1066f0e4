// FinalizationRegistry's shape and argument checks (error names only: messages differ in Node 18).
const registry = new FinalizationRegistry(() => {});
console.log(typeof FinalizationRegistry, FinalizationRegistry.length, FinalizationRegistry.name);
const proto = FinalizationRegistry.prototype;
console.log(proto.register.length, proto.register.name, proto.unregister.length, proto.unregister.name);
console.log(Object.prototype.toString.call(registry), proto[Symbol.toStringTag]);
console.log(Object.getOwnPropertyNames(proto));
const o = {};
console.log(registry.register(o, 'held'), registry.register(o, 'held', o), registry.register(o, undefined, undefined));
const tries = [
  () => FinalizationRegistry(() => {}),
  () => new FinalizationRegistry(),
  () => new FinalizationRegistry({}),
  () => registry.register(1, 'h'),
  () => registry.register(null, 'h'),
  () => registry.register(o, o),
  () => registry.register({}, 'h', 1),
  () => registry.register({}, 'h', null),
  () => registry.unregister(1),
  () => registry.unregister(undefined),
  () => proto.register.call({}, {}, 1),
  () => proto.unregister.call(new WeakRef({}), {}),
];
for (const t of tries) {
  try { console.log('ok', t()); } catch (e) { console.log(e.constructor.name); }
}
console.log(registry.unregister(o), registry.unregister(o));
