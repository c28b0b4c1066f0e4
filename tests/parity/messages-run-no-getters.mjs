// The messages of a TypeError name an object as V8's NoSideEffectsToString does:
// by data properties only, so that no getter of the program runs while one is made,
// and a proxy by its target.
class A {}
Object.defineProperty(A.prototype, 'constructor', { get() { console.log('getter ran'); return A; } });
const a = new A();
try { a(); } catch (e) { console.log(e.message); }
try { new a(); } catch (e) { console.log(e.message); }
const b = Object.create({ constructor: function Named() {} });
try { Function.prototype.bind.call(b); } catch (e) { console.log(e.message); }
try { [].forEach(b); } catch (e) { console.log(e.message); }
try { new Promise(b); } catch (e) { console.log(e.message); }
try { [].forEach(a); } catch (e) { console.log(e.message); }
const m = new Proxy(new Map(), {});
try { m.set(1, 2); } catch (e) { console.log(e.message); }
try { [].forEach(new Proxy({}, {})); } catch (e) { console.log(e.message); }
class P {}
try { [].forEach(new Proxy(new P(), {})); } catch (e) { console.log(e.message); }
try { [].forEach(new Proxy(new Proxy([], {}), {})); } catch (e) { console.log(e.message); }
const r = Proxy.revocable({}, {}); r.revoke();
try { [].forEach(r.proxy); } catch (e) { console.log(e.message); }
