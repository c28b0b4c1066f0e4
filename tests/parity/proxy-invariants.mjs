// Every invariant a proxy's trap can break, and V8's TypeError for each; revoked proxies;
// the Proxy constructor's own checks and properties.
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
const frozen = Object.freeze({x: 1});
t(() => new Proxy(frozen, {get() { return 2; }}).x);
const acc = {}; Object.defineProperty(acc, 'y', {set(v){}, configurable:false});
t(() => new Proxy(acc, {get() { return 2; }}).y);
t(() => { 'use strict'; new Proxy({}, {set() { return false; }}).x = 1; });
t(() => Reflect.set(new Proxy({}, {set() { return false; }}), 'x', 1));
t(() => new Proxy(frozen, {set() { return true; }}).x = 5);
t(() => new Proxy(acc, {set() { return true; }}).y = 5);
const r = Proxy.revocable({}, {}); r.revoke();
for (const op of [() => r.proxy.x, () => { r.proxy.x = 1; }, () => 'x' in r.proxy, () => delete r.proxy.x, () => Object.keys(r.proxy), () => Object.getOwnPropertyDescriptor(r.proxy, 'x'), () => Object.defineProperty(r.proxy, 'x', {}), () => Object.getPrototypeOf(r.proxy), () => Object.setPrototypeOf(r.proxy, null), () => Object.isExtensible(r.proxy), () => Object.preventExtensions(r.proxy), () => Array.isArray(r.proxy), () => r.proxy(), () => new r.proxy(), () => typeof new Proxy(r.proxy, {})]) t(op);
t(() => new Proxy(1, {}));
t(() => new Proxy({}, null));
t(() => Proxy({}, {}));
t(() => 'x' in new Proxy(frozen, {has() { return false; }}));
t(() => 'x' in new Proxy(Object.preventExtensions({x:1}), {has() { return false; }}));
t(() => delete new Proxy(frozen, {deleteProperty() { return true; }}).x);
t(() => delete new Proxy({x:1}, {deleteProperty() { return false; }}).x);
t(() => Reflect.deleteProperty(new Proxy({x:1}, {deleteProperty() { return false; }}), 'x'));
t(() => delete new Proxy(Object.preventExtensions({x:1}), {deleteProperty() { return true; }}).x);
t(() => Object.keys(new Proxy({}, {ownKeys() { return 1; }})));
t(() => Object.keys(new Proxy({}, {ownKeys() { return [1]; }})));
t(() => Object.keys(new Proxy({}, {ownKeys() { return ['a','a']; }})));
t(() => Object.keys(new Proxy(frozen, {ownKeys() { return []; }})));
t(() => Object.keys(new Proxy(Object.preventExtensions({x:1}), {ownKeys() { return ['x','z']; }})));
t(() => Object.getOwnPropertyDescriptor(new Proxy({}, {getOwnPropertyDescriptor() { return 1; }}), 'x'));
t(() => Object.getOwnPropertyDescriptor(new Proxy(frozen, {getOwnPropertyDescriptor() { return undefined; }}), 'x'));
t(() => Object.getOwnPropertyDescriptor(new Proxy(Object.preventExtensions({x:1}), {getOwnPropertyDescriptor() { return undefined; }}), 'x'));
t(() => Object.getOwnPropertyDescriptor(new Proxy(Object.preventExtensions({}), {getOwnPropertyDescriptor() { return {value:1, configurable:true}; }}), 'x'));
t(() => Object.getOwnPropertyDescriptor(new Proxy({}, {getOwnPropertyDescriptor() { return {value:1, configurable:false}; }}), 'x'));
t(() => Object.getOwnPropertyDescriptor(new Proxy({}, {getOwnPropertyDescriptor() { return {value:1, configurable:true, writable:true}; }}), 'x'));
t(() => Object.getOwnPropertyDescriptor(new Proxy(frozen, {getOwnPropertyDescriptor() { return {value:2, configurable:false, writable:false}; }}), 'x'));
t(() => Object.getOwnPropertyDescriptor(Object.defineProperty(new Proxy({x:1}, {getOwnPropertyDescriptor() { return {value:2, configurable:false, writable:false}; }}),'q',{}), 'x'));
t(() => Object.defineProperty(new Proxy({}, {defineProperty() { return false; }}), 'x', {value:1}));
t(() => Reflect.defineProperty(new Proxy({}, {defineProperty() { return false; }}), 'x', {value:1}));
t(() => Object.defineProperty(new Proxy(Object.preventExtensions({}), {defineProperty() { return true; }}), 'x', {value:1}));
t(() => Object.defineProperty(new Proxy({}, {defineProperty() { return true; }}), 'x', {value:1, configurable:false}));
t(() => Object.defineProperty(new Proxy(frozen, {defineProperty() { return true; }}), 'x', {value:2}));
t(() => Object.defineProperty(new Proxy({x:1}, {defineProperty() { return true; }}), 'x', {value:1, configurable:false, writable:false}));
t(() => Object.getPrototypeOf(new Proxy({}, {getPrototypeOf() { return 1; }})));
t(() => Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), {getPrototypeOf() { return Array.prototype; }})));
t(() => Object.setPrototypeOf(new Proxy({}, {setPrototypeOf() { return false; }}), null));
t(() => Reflect.setPrototypeOf(new Proxy({}, {setPrototypeOf() { return false; }}), null));
t(() => Object.setPrototypeOf(new Proxy(Object.preventExtensions({}), {setPrototypeOf() { return true; }}), null));
t(() => Object.isExtensible(new Proxy({}, {isExtensible() { return false; }})));
t(() => Object.preventExtensions(new Proxy({}, {preventExtensions() { return false; }})));
t(() => Reflect.preventExtensions(new Proxy({}, {preventExtensions() { return false; }})));
t(() => Object.preventExtensions(new Proxy({}, {preventExtensions() { return true; }})));
t(() => new Proxy(function(){}, {construct() { return 1; }}) ());
t(() => new (new Proxy(function(){}, {construct() { return 1; }}))());
t(() => new Proxy({}, {})());
t(() => new (new Proxy(() => 1, {}))());
t(() => new Proxy({}, {get: 1}).x);
t(() => { 'use strict'; new Proxy(frozen, {defineProperty() { return true; }}).x = 3; });
t(() => Object.getOwnPropertyDescriptor(new Proxy({}, {getOwnPropertyDescriptor() { return {value:1, configurable:false, writable: false}; }}), 'x'));
t(() => { const p = new Proxy({}, {}); p.x = 1; return typeof p + ' ' + typeof new Proxy(class {}, {}) + p.x; });
t(() => Proxy.length + Proxy.name + Object.keys(Proxy) + ('prototype' in Proxy));
t(() => Object.getOwnPropertyNames(Proxy).join());
t(() => Object.getOwnPropertyDescriptor(Proxy, 'revocable'));
t(() => Object.keys(Proxy.revocable({}, {})).join());
t(() => Proxy.revocable.length);
t(() => { const rr = Proxy.revocable({}, {}); return rr.revoke.name + rr.revoke.length + rr.revoke() + rr.revoke(); });
// A property defined through a proxy without a defineProperty trap lands on the target.
const plain = {};
Object.defineProperty(new Proxy(plain, {}), 'd', { value: 4, enumerable: true });
t(() => JSON.stringify(Object.getOwnPropertyDescriptor(plain, 'd')));
// The trap's `this` is the handler; its arguments are the target, the key and the receiver.
const handler = {
  get(target, key, receiver) {
    return [this === handler, target === plain, typeof key, receiver === viewed].join();
  },
};
const viewed = new Proxy(plain, handler);
t(() => viewed.anything);
t(() => viewed[7]);
// A handler's trap that is not a function.
t(() => 'x' in new Proxy({}, { has: 'yes' }));
// A trap found on the handler's prototype counts, and one added later is used.
const late = {};
const lateProxy = new Proxy({ v: 1 }, late);
t(() => lateProxy.v);
late.get = () => 'late';
t(() => lateProxy.v);
t(() => new Proxy({}, Object.create({ get: () => 'inherited' })).q);
