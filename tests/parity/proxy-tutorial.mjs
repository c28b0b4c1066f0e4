// Proxy and Reflect as javascript.info's "Proxy and Reflect" chapter
// (https://javascript.info/proxy) teaches them: the same situations, one by one, in
// this program's own words. `alert` prints String(value), as Reachable's does.

// A proxy without traps forwards everything to its target.
let target = {};
let proxy = new Proxy(target, {});
proxy.test = 5;
alert(target.test);
alert(proxy.test);
for (let key in proxy) alert(key);

// "get": a default for what is missing.
let scores = new Proxy([10, 20, 30], {
  get(t, prop) {
    return prop in t ? t[prop] : 0;
  },
});
alert(scores[1]);
alert(scores[99]);

let phrases = new Proxy({ Hello: 'Hola', Bye: 'Adiós' }, {
  get(t, phrase) {
    return phrase in t ? t[phrase] : phrase;
  },
});
alert(phrases.Hello);
alert(phrases['Good morning']);

// "set": validation; push goes through [[Set]], and a false answer is a TypeError.
let onlyNumbers = new Proxy([], {
  set(t, prop, value) {
    if (typeof value !== 'number') return false;
    t[prop] = value;
    return true;
  },
});
onlyNumbers.push(1);
onlyNumbers.push(2);
alert('Length is: ' + onlyNumbers.length);
try {
  onlyNumbers.push('three');
} catch (e) {
  alert(e.name + ': ' + e.message);
}

// "ownKeys" and "getOwnPropertyDescriptor" decide what iteration sees.
let account = new Proxy({ owner: 'Ann', balance: 30, _pin: '1234' }, {
  ownKeys(t) {
    return Object.keys(t).filter((k) => !k.startsWith('_'));
  },
});
for (let key in account) alert(key);
alert(Object.keys(account));
alert(Object.values(account));

let invented = new Proxy({}, {
  ownKeys() {
    return ['x', 'y', 'z'];
  },
});
alert(Object.keys(invented).length);

let described = new Proxy({}, {
  ownKeys() {
    return ['x', 'y', 'z'];
  },
  getOwnPropertyDescriptor() {
    return { enumerable: true, configurable: true };
  },
});
alert(Object.keys(described));

// Guarding "_" properties with get, set, deleteProperty and ownKeys.
let guarded = new Proxy({ name: 'Ann', _secret: 'xyz', check(v) { return v === this._secret; } }, {
  get(t, prop) {
    if (prop.startsWith('_')) throw new Error('Access denied');
    const value = t[prop];
    return typeof value === 'function' ? value.bind(t) : value;
  },
  set(t, prop, value) {
    if (prop.startsWith('_')) throw new Error('Access denied');
    t[prop] = value;
    return true;
  },
  deleteProperty(t, prop) {
    if (prop.startsWith('_')) throw new Error('Access denied');
    delete t[prop];
    return true;
  },
  ownKeys(t) {
    return Object.keys(t).filter((k) => !k.startsWith('_'));
  },
});
try { alert(guarded._secret); } catch (e) { alert(e.message); }
try { guarded._secret = 'abc'; } catch (e) { alert(e.message); }
try { delete guarded._secret; } catch (e) { alert(e.message); }
for (let key in guarded) alert(key);
alert(guarded.check('xyz'));

// "has": the in operator asks the trap.
let span = new Proxy({ from: 1, to: 10 }, {
  has(t, prop) {
    return prop >= t.from && prop <= t.to;
  },
});
alert(5 in span);
alert(50 in span);

// "apply": a proxy of a function keeps its name and length.
function later(f, ms) {
  return new Proxy(f, {
    apply(t, thisArg, args) {
      setTimeout(() => t.apply(thisArg, args), ms);
    },
  });
}
function greet(who) {
  alert(`Hello, ${who}!`);
}
let slowGreet = later(greet, 10);
alert(slowGreet.length);
alert(slowGreet.name);
alert(typeof slowGreet);
slowGreet('Ann');

// Reflect forwards what a trap intercepted.
let user = {};
Reflect.set(user, 'name', 'Ann');
alert(user.name);

let logged = new Proxy({ name: 'Ann' }, {
  get(t, prop, receiver) {
    alert(`GET ${String(prop)}`);
    return Reflect.get(t, prop, receiver);
  },
  set(t, prop, value, receiver) {
    alert(`SET ${String(prop)}=${value}`);
    return Reflect.set(t, prop, value, receiver);
  },
});
let read = logged.name;
logged.name = 'Bob';
alert(read + ' ' + logged.name);

// A getter reached through a proxy in the prototype chain: only Reflect.get with the
// receiver gives it the right `this`.
let base = {
  _label: 'base',
  get label() {
    return this._label;
  },
};
let naive = new Proxy(base, { get: (t, prop) => t[prop] });
let careful = new Proxy(base, { get: (t, prop, receiver) => Reflect.get(t, prop, receiver) });
alert({ __proto__: naive, _label: 'child' }.label);
alert({ __proto__: careful, _label: 'child' }.label);
alert(Object.getPrototypeOf({ __proto__: careful }) === careful);

// Built-ins with internal slots: a Map's methods need the Map itself as `this`.
let map = new Map();
let mapProxy = new Proxy(map, {});
try {
  mapProxy.set('k', 1);
} catch (e) {
  alert(e.name + ': ' + e.message);
}
let boundMap = new Proxy(map, {
  get(t, prop, receiver) {
    const value = Reflect.get(t, prop, receiver);
    return typeof value === 'function' ? value.bind(t) : value;
  },
});
boundMap.set('k', 1);
alert(boundMap.get('k'));

// Private fields belong to the instance, not to a proxy of it.
class Secretive {
  #hidden = 'shh';
  reveal() {
    return this.#hidden;
  }
}
try {
  alert(new Proxy(new Secretive(), {}).reveal());
} catch (e) {
  alert(e.name + ': ' + e.message);
}
let boundSecretive = new Proxy(new Secretive(), {
  get(t, prop, receiver) {
    const value = Reflect.get(t, prop, receiver);
    return typeof value === 'function' ? value.bind(t) : value;
  },
});
alert(boundSecretive.reveal());

// A proxy is a different object from its target.
let everyone = new Set();
class Member {
  constructor(name) {
    this.name = name;
    everyone.add(this);
  }
}
let member = new Member('Ann');
alert(everyone.has(member));
member = new Proxy(member, {});
alert(everyone.has(member));

// Revocable proxies, and their revoke functions kept in a WeakMap.
let resource = { data: 'valuable' };
let { proxy: handle, revoke } = Proxy.revocable(resource, {});
alert(handle.data);
revoke();
try {
  alert(handle.data);
} catch (e) {
  alert(e.name + ': ' + e.message);
}
let revokers = new WeakMap();
let second = Proxy.revocable({ data: 'more' }, {});
revokers.set(second.proxy, second.revoke);
revokers.get(second.proxy)();
try {
  alert(second.proxy.data);
} catch (e) {
  alert(e.name + ': ' + e.message);
}

function alert(value) { console.log(String(value)); }
