// Indirect eval, `(0, eval)(src)`: the string runs as a script in the global scope.
// Its result is the completion value of its last statement; `var`s and functions
// become properties of the global object; let, const and class stay inside it.
const e = eval;
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (err) {
    console.log(label, `${err.name}: ${err.message}`, err instanceof SyntaxError);
  }
};

// Completion values.
console.log((0, eval)('1; 2'), e('if (true) 3'), e(''), e('1; if (false) 2'), e('var v = 1'));
console.log(e('for (let i = 0; i < 3; i++) i'), e('let s = 0; while (s < 5) s++;'), e('switch (1) { case 1: "one" }'));
console.log(e('try { "a" } catch { "b" }'), e('do { 7 } while (false)'), e('x: { 8; break x; }'), e('1; {}'));
console.log(e('[1, 2].map((x) => x * 2)'), e('({ a: 1 })'), e('(function named() {})').name);

// Anything but a string comes back as it is, unevaluated.
const o = { toString: () => '1 + 1' };
console.log(e(42), e(o) === o, e(null), e(), e(['1 + 1']));

// Global declarations: var and function on globalThis, a var keeps a value it had.
e('var shared = 5; function greet(name) { return "hi " + name; }');
console.log(shared, typeof globalThis.shared, greet('eval'), Object.keys(globalThis).includes('greet'));
e('var shared');
console.log(shared);
// Code that says "use strict" keeps its var and functions to itself.
console.log(e('"use strict"; var own = 1; function ownFn() {} own'), typeof own, typeof ownFn);
e('let inner = 1; const k = 2; class C {}');
console.log(typeof inner, typeof k, typeof C);

// The global scope, not the module's: module bindings are not seen.
const secret = 'module';
t('module binding', () => e('typeof secret'));
globalThis.visible = 'global';
t('global property', () => e('visible'));
console.log(e('this === globalThis'), globalThis.eval('typeof globalThis.eval'));

// Errors: SyntaxErrors are thrown as catchable objects with V8's messages.
t('end of input', () => e('1 +'));
t('redeclared', () => e('let a; let a;'));
t('unexpected token', () => e('var 1x'));
t('unterminated string', () => e('"abc'));
t('missing paren', () => e('if (true'));
t('thrown', () => e('throw new TypeError("boom")'));
t('reference', () => e('notDefinedAnywhere'));

// Objects made in eval code are ordinary objects that live on after it.
const made = e('({ list: [1, 2, 3], when: "now" })');
console.log(made.list.length, made.when, e('new Map([[1, 2]])').get(1));
console.log(eval.name, eval.length, typeof eval, Object.getPrototypeOf(eval) === Function.prototype);
