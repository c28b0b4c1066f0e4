// console.log shows a proxy as Node's util.inspect does by default: as its target, without
// calling a trap; a revoked one as <Revoked Proxy>.
console.log(new Proxy({a:1}, {get(){return 5;}, ownKeys(){ return ['z']; }}));
console.log(new Proxy(new Proxy({a:1},{}),{}));
console.log(new Proxy(new Proxy({a:1},{get(){return 9}}),{}));
function f() {}
console.log(new Proxy(f, {}));
console.log(new Proxy([1,2], {}));
const r = Proxy.revocable({}, {}); r.revoke(); console.log(r.proxy);
console.log({p: r.proxy, q: new Proxy({b: 2}, {})});
console.log([new Proxy(class A {}, {})]);
const o = {x: 1}; const p = new Proxy(o, {}); o.self = p; console.log(p);
console.log(String(new Proxy({}, {})), `${new Proxy([1,2],{})}`);
console.log(Object.prototype.toString.call(new Proxy([], {})), Object.prototype.toString.call(new Proxy(f, {})));
console.log(new Proxy(new Map([[1,2]]), {}));
