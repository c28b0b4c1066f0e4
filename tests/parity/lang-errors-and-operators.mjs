const fns = [];
for (let i = 0; i < 3; i++) fns[i] = () => i;
console.log(fns[0](), fns[1](), fns[2]());
const o = { get x() { return 1; }, set x(v) { this._x = v; }, ['comp' + 'uted']: 2, 3: 'three', 1: 'one' };
o.x = 5;
console.log(o.x, o._x, o.computed, o);
function outer() { const big = { size: 1 }; return function inner() { return big.size; }; }
console.log(outer()());
let counter = 0;
const obj = { inc() { counter++; return this; } };
obj.inc().inc();
console.log(counter);
try { undefinedFn(); } catch (e) { console.log(e.name, e.message); }
try { const q = 1; q = 2; } catch (e) { console.log(e.name + ": " + e.message); }
try { tdz; let tdz = 1; } catch (e) { console.log(e.message); }
try { ({}).foo(); } catch (e) { console.log(e.message); }
try { new (class K {})().bar.baz; } catch (e) { console.log(e.message); }
class K { static count = 0; static inc() { return ++K.count; } }
K.inc(); console.log(K.count);
try { K(); } catch (e) { console.log(e.message); }
const e = new Error("boom");
console.log(e.message, String(e), e instanceof Error);
class MyErr extends Error {}
const m = new MyErr("x");
console.log(m instanceof MyErr, m instanceof Error, m.message, m.name);
console.log(typeof null, typeof function(){}, typeof class {}, typeof Symbol, 1 == "1", null == undefined, null == 0);
let n = null; n ??= 5; let z = 0; z ||= 7; let w = 1; w &&= 9;
console.log(n, z, w);
console.log(`a${1 + 1}b${"c"}`, "x" + 1 + 2, 1 + 2 + "x", [] + [], 10 / 3, 2 ** 10, 7 % -3, -7 % 3);
function args() { return arguments.length; }
console.log(args(1, 2, 3));
function rest(a, ...r) { return r.length + a; }
console.log(rest(1, 2, 3));
const { p = 10 } = {};
console.log(p);
do { counter--; } while (counter > 0);
console.log(counter);
