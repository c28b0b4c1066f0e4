// Strict and sloppy code from strings: a module and the code a direct eval runs in it
// are strict; indirect eval and new Function code is sloppy unless its directive
// prologue says "use strict"; a function is strict inside strict code or by its own
// directive. Sloppy code's `this`, assignments, delete and legacy syntax, and
// new.target and super inside a direct eval.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
};
const indirect = eval;

// 1. A direct eval in a module is strict, and so are the functions it makes.
t('direct this', () => eval('(function () { return this === undefined; })()'));
t('direct undeclared', () => eval('notDeclaredAnywhere = 1'));
t('direct octal', () => eval('010'));
t('direct frozen', () => eval('Object.freeze({ a: 1 }).a = 2'));
t('direct delete', () => eval('delete Math.PI'));
// Strict eval code's var is its own, and an eval inside it sees it.
function nestedVar() {
  var v = 'function';
  return [eval("var v = 'eval'; eval('v')"), v];
}
t('nested eval var', () => nestedVar().join());

// 2. The directive prologue: only an exact "use strict", first among lone strings.
t('indirect sloppy this', () => indirect('(function () { return this === globalThis; })()'));
t('indirect use strict', () => indirect('"use strict"; (function () { return this; })()'));
t('single quotes', () => indirect("'use strict'; (function () { return this; })()"));
t('after another', () => indirect('"a"; "use strict"; (function () { return this; })()'));
t('escaped', () => indirect('"use\\x20strict"; (function () { return typeof this; })()'));
t('not first', () => indirect('0; "use strict"; (function () { return typeof this; })()'));
t('function body', () => indirect('(function () { "use strict"; return this; })()'));
t('Function body', () => new Function('"use strict"; return this')());
t('Function sloppy', () => new Function('return this')() === globalThis);
t('arrow body', () => indirect('(() => { "use strict"; return delete Math.PI; })()'));
t('non-simple', () => new Function('a = 1', '"use strict"; return a'));
t('non-simple rest', () => indirect('(function (...r) { "use strict"; })'));
t('strict name', () => indirect('(function eval() { "use strict"; })'));
t('strict param', () => indirect('(function (arguments) { "use strict"; })'));
t('strict reserved', () => indirect('(function static() { "use strict"; })'));
t('octal before', () => indirect('"\\01"; "use strict";'));
t('octal after', () => indirect('(function () { "use strict"; return 010; })'));
t('octal in sloppy', () => indirect('[010, 08, 019.5, "\\101\\08\\9"]'));
t('strict inherited', () => indirect('"use strict"; (function () { return (function () { return this; })(); })()'));
t('class is strict', () => indirect('(class { m() { return this; } }).prototype.m.call(undefined)'));

// 3. Sloppy code: undeclared names, failed assignments, delete, `this`.
indirect('createdByIndirect = 2');
console.log('global made', globalThis.createdByIndirect, Object.getOwnPropertyDescriptor(globalThis, 'createdByIndirect'));
new Function('createdByFunction = 3')();
console.log('global from Function', globalThis.createdByFunction);
t('direct in sloppy eval', () => indirect('eval("var nestedVar = 7"); nestedVar') + ' ' + typeof globalThis.nestedVar);
const frozen = Object.freeze({ x: 1 });
const getterOnly = { get g() { return 'got'; } };
const sealed = Object.preventExtensions({});
t('read-only', () => new Function('o', 'o.x = 2; return o.x')(frozen));
t('read-only [x]', () => new Function('o', 'o["x"] = 2; return o.x')(frozen));
t('read-only ++', () => new Function('o', 'o.x++; return o.x')(frozen));
t('getter only', () => new Function('o', 'o.g = 2; return o.g')(getterOnly));
t('not extensible', () => new Function('o', 'o.y = 1; return o.y')(sealed));
t('primitive', () => new Function('var s = "abc"; s.foo = 1; s.length = 0; s[0] = "z"; return [s, s.foo]')());
t('global read-only', () => indirect('undefined = 1; NaN = 2; typeof undefined + " " + NaN'));
t('strict read-only', () => new Function('o', '"use strict"; o.x = 2')(frozen));
t('strict getter only', () => indirect('"use strict"; (o) => { o.g = 2; }')(getterOnly));
t('strict not extensible', () => new Function('o', '"use strict"; o.y = 1')(sealed));
t('strict primitive', () => new Function('"use strict"; "abc".foo = 1')());
t('strict undeclared', () => new Function('"use strict"; undeclaredInStrict = 1')());
t('delete', () => new Function('return [delete Object.prototype, delete [].length, delete Math.PI]')());
t('strict delete', () => new Function('"use strict"; return delete Math.PI')());
t('delete name', () =>
  indirect('var declaredVar = 1; globalThis.plainProp = 2; [delete declaredVar, delete plainProp, delete neverSeen, typeof plainProp]'));
t('delete local', () => new Function('var local = 1; return [delete local, local]')());
t('this null', () => new Function('return this === globalThis').call(null));
t('this primitive', () => {
  const f = new Function('return [typeof this, this instanceof Number, this + 1]');
  return f.call(5);
});
t('this string', () => new Function('return this.length + " " + (this instanceof String)').call('abcd'));
t('method this', () => indirect('({ m() { return typeof this; } })').m.call(true));
t('strict this', () => new Function('"use strict"; return this').call(5));
t('arrow this', () => new Function('return (() => this === globalThis)()')());
t('direct eval this', () => new Function('return eval("this") === globalThis')());
t('callee', () => new Function('return arguments.callee.name')());
t('sloppy names', () => new Function('var let = 1, static = 2, yield = 3, eval = 4, arguments = 5; return [let, static, yield, eval, arguments]')());
t('let as a name', () => indirect('var let = 5; let + 1'));
t('own name', () => new Function('return (function f() { f = 1; return typeof f; })()')());
t('own name arrow', () => new Function('return (function f() { return (() => { f = 2; return typeof f; })(); })()')());
t('strict own name', () => new Function('return (function f() { "use strict"; f = 1; })()')());
t('duplicate parameters', () => new Function('a', 'b', 'a', 'return [a, b, arguments.length]')(1, 2, 3));
t('duplicate captured', () => new Function('a', 'a', 'return () => a')(1, 2)());
t('duplicate strict', () => new Function('a', 'a', '"use strict"'));
t('duplicate default', () => new Function('a', 'a = 1', ''));
t('strict parameter', () => new Function('a', 'eval', '"use strict"'));
t('parameters end early', () => new Function('a b', ''));
t('assign eval name', () => new Function('var eval; eval = 1; arguments = 2; return [eval, arguments]')());

// 4. new.target and super inside a direct eval: where the caller's code allows them.
function F() {
  return eval('new.target');
}
console.log('new.target', new F() === F, F());
function G() {
  return (() => eval('new.target === G'))();
}
console.log('new.target arrow', new G() instanceof G, G());
t('new.target top', () => eval('new.target'));
t('new.target indirect', () => indirect('new.target'));
t('new.target Function', () => new Function('return eval("new.target")')());
t('new.target Function new', () => typeof new (new Function('this.t = eval("new.target"); return this'))().t);
class A {
  m() {
    return 'A.m';
  }
  get value() {
    return 'A.value';
  }
}
class B extends A {
  constructor(how) {
    if (how === 'eval') {
      eval('super()');
    } else if (how === 'arrow') {
      (() => eval('super()'))();
    } else {
      super();
    }
    this.made = how;
  }
  m() {
    return eval('super.m() + " via " + super.value');
  }
  arrow() {
    return (() => eval('super.m()'))();
  }
  set prop(v) {
    eval('super.stored = v');
  }
  twice() {
    return eval('eval("super.m()")');
  }
}
t('super call', () => new B('eval').made);
t('super call arrow', () => new B('arrow').made);
t('super property', () => new B().m());
t('super arrow', () => new B().arrow());
t('super nested eval', () => new B().twice());
t('super set', () => {
  const b = new B();
  b.prop = 5;
  return Object.keys(b).join();
});
function plain() {
  return eval('super.m');
}
t('super in function', () => plain());
const obj = {
  __proto__: { greet() { return 'proto greet'; } },
  greet() {
    return eval('super.greet()');
  },
};
t('super object method', () => obj.greet());
class D extends A {
  m() {
    return eval('super()');
  }
}
t('super() in method', () => new D().m());
t('super top', () => eval('super.x'));
class Fields {
  a = eval('new.target');
  b = eval('typeof super.toString');
}
t('field', () => JSON.stringify(new Fields()));
class ArgsField {
  a = eval('arguments');
}
t('arguments field', () => new ArgsField());
