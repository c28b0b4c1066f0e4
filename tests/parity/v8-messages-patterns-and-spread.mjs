// V8's TypeError texts for a pattern that meets null or undefined (named by the source
// of its value and its first key, or read as a property when nested or defaulted), for
// spreads in calls and in literals, a string's read-only indices, a super constructor
// that is not one, and callees named through operators.
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
const settings = { server: null }, k = 'a', f = () => undefined, obj = { items: [null] };
t(() => { const { host } = settings.server; });
t(() => { const {} = settings.server; });
t(() => { const { [k]: v } = null; });
t(() => { const { a } = f(); });
t(() => { function g({ x }) {} g(null); });
t(() => { function g({ x }) {} g(); });
t(() => { let x; ({ x } = null); });
t(() => { const { a: { b } } = { a: undefined }; });
t(() => { const [{ x }] = [null]; });
t(() => { const { 0: z } = null; });
t(() => { const { 'str': z } = null; });
t(() => { const { ...rest } = null; });
t(() => { const { x } = obj.items[0]; });
t(() => { const { x = 1 } = null; });
t(() => { const { x } = settings['server']; });
t(() => { const { x: { y } } = {}; });
t(() => { const [x] = null; });
const n = null, five = 5, o = {};
t(() => Math.max(...n));
t(() => Math.max(...undefined));
t(() => [...five]);
t(() => [...n]);
t(() => { const s = 'Hi'; s[0] = 'h'; });
t(() => { const s = 'Hi'; s[5] = 'h'; });
t(() => { const s = 'Hi'; s.length = 1; });
t(() => { class C extends null { constructor() { super(); } } new C(); });
t(() => { function F() {} class C extends F { constructor() { super(); } } Object.setPrototypeOf(C, Math.max); new C(); });
t(() => { const K = class extends null { constructor() { super(); } }; new K(); });
t(() => { new (class extends null { constructor() { super(); } })(); });
const a = 1, b = 2, c = 3;
t(() => o['comp' + 'uted']());
t(() => o[a + b + c]());
t(() => o[a * b + c]());
t(() => o[(a + b) + c]());
t(() => o[a && b || c]());
t(() => o[a < b]());
