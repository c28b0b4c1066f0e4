class I { #s = 1; constructor(n){ this.name = n; } get s() { return this.#s; } }
console.log(Object.keys(new I('zz')), new I('a').s);
const [x, ...r] = [1, 2, 3]; console.log(x, r);
const t = { _c: 2, get f() { return this._c; } }; console.log(t.f);
const o={a:1,b:2,c:3}; for (const k in o) { if (k==='a') delete o.b; console.log(k) }
class V extends Error { constructor(m){ super(m); this.name='V'; } } console.log(new V('bad'));
try { ({}).method(); } catch (e) { console.log(e.message); }
try { [].method(); } catch (e) { console.log(e.message); }
function f() {} async function af() {} class A {} class B extends A {}
console.log(f, af, A, B, Function.prototype.constructor === Function, f instanceof Function);
console.log(String.raw`a${1}b\n`, ((s, ...v) => s.raw.join("|") + v.join(","))`x${2}y${3}z`);
console.log(Array.prototype.map.call('abc', (c) => c + c), new Number(5), new String("ab"), Object(true));
try { new (() => 1)(); } catch (e) { console.log(e.message); }
try { new Math.max(); } catch (e) { console.log(e.message); }
console.log(f.toString(), A.toString(), Math.max.toString());
console.log(Object.getOwnPropertyNames(new Error("m")));
