// The language's operations and the built-ins reach a proxy's traps: every trap
// logs, then forwards with Reflect.
const log = [];
const handler = {};
for (const trap of Object.getOwnPropertyNames(Reflect)) {
  handler[trap] = function (...args) {
    log.push(trap + (typeof args[1] === 'string' ? ' ' + args[1] : ''));
    return Reflect[trap](...args);
  };
}
function show(label, f) {
  log.length = 0;
  let result;
  try {
    result = f();
  } catch (e) {
    result = e.name + ': ' + e.message;
  }
  console.log(label, '=>', typeof result === 'object' ? JSON.stringify(result) : String(result), '|', log.join(', '));
}
const target = { a: 1, b: 2 };
const p = new Proxy(target, handler);
show('get', () => p.a);
show('set', () => (p.c = 3));
show('has', () => 'a' in p);
show('delete', () => delete p.c);
show('keys', () => Object.keys(p));
show('values', () => Object.values(p));
show('entries', () => Object.entries(p));
show('names', () => Object.getOwnPropertyNames(p));
show('assign', () => Object.assign({}, p));
show('spread', () => ({ ...p }));
show('rest', () => { const { a, ...rest } = p; return rest; });
show('json', () => JSON.stringify(p));
show('for-in', () => { const keys = []; for (const k in p) keys.push(k); return keys; });
show('hasOwn', () => Object.hasOwn(p, 'a'));
show('hasOwnProperty', () => Object.prototype.hasOwnProperty.call(p, 'b'));
show('propertyIsEnumerable', () => p.propertyIsEnumerable('a'));
show('defineProperty', () => Object.defineProperty(p, 'd', { value: 4, configurable: true }) === p);
show('getOwnPropertyDescriptor', () => Object.getOwnPropertyDescriptor(p, 'd'));
show('getPrototypeOf', () => Object.getPrototypeOf(p) === Object.prototype);
show('instanceof', () => p instanceof Object);
show('isPrototypeOf', () => Object.prototype.isPrototypeOf(p));
show('__proto__', () => p.__proto__ === Object.prototype);
show('setPrototypeOf', () => Object.setPrototypeOf(p, null) === p);
show('isExtensible', () => Object.isExtensible(p));
show('freeze', () => Object.isFrozen(Object.freeze(p)));
show('isSealed', () => Object.isSealed(p));
show('toString', () => Object.prototype.toString.call(p));

const arr = new Proxy([3, 1, 2], handler);
show('isArray', () => Array.isArray(arr));
show('length', () => arr.length);
show('push', () => arr.push(4));
show('sort', () => arr.sort().join());
show('spread array', () => [...arr].join());
show('concat', () => [0].concat(arr).join());
show('flat', () => [arr].flat().join());
show('array toString', () => Object.prototype.toString.call(arr));
show('json array', () => JSON.stringify(arr));

function Point(x) {
  this.x = x;
}
const P = new Proxy(Point, handler);
show('typeof', () => typeof P);
show('call', () => P.call(undefined, 1) === undefined);
show('new', () => new P(2).x);
show('new instanceof', () => new P(3) instanceof Point);
show('Reflect.construct', () => Reflect.construct(P, [4]).x);
show('Reflect.apply', () => Reflect.apply(Math.max, null, new Proxy([1, 5, 2], {})));
class Base {
  constructor() {
    this.made = new.target.name;
  }
}
class Derived extends Base {}
show('newTarget', () => Reflect.construct(Base, [], new Proxy(Derived, {})).made);
show('Reflect.ownKeys', () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => ['b', Symbol.iterator.description, '1', 'a'] })));
const sym = Symbol('s');
show('ownKeys order', () => Reflect.ownKeys(new Proxy({ b: 1, 2: 0, [sym]: 1, 1: 0, a: 1 }, {})).map(String));
show('Reflect.set receiver', () => {
  const receiver = {};
  Reflect.set(new Proxy({}, {}), 'k', 1, receiver);
  return receiver;
});
show('Reflect.get receiver', () => Reflect.get(new Proxy({ get me() { return this.tag; } }, {}), 'me', { tag: 'R' }));
show('Reflect.defineProperty false', () => Reflect.defineProperty(Object.freeze(new Proxy({}, {})), 'z', { value: 1 }));
show('Reflect.has through prototype', () => Reflect.has(Object.create(new Proxy({ up: 1 }, handler)), 'up'));
show('inherited get', () => Object.create(new Proxy({ up: 1 }, handler)).up);
show('inherited set', () => {
  const child = Object.create(new Proxy({}, handler));
  child.own = 1;
  return Object.keys(child);
});
// A class whose constructor returns a proxy: a subclass's private field goes on the proxy.
class Wrapper {
  constructor() {
    return new Proxy({}, {});
  }
}
class Tagged extends Wrapper {
  #tag = 'private on a proxy';
  static read(o) {
    return o.#tag;
  }
}
show('private on proxy', () => Tagged.read(new Tagged()));
show('proxy as WeakMap key', () => new WeakMap([[p, 1]]).get(p));
