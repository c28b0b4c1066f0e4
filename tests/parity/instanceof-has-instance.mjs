// instanceof through Function.prototype[Symbol.hasInstance] (OrdinaryHasInstance), bound
// functions, a class's own static [Symbol.hasInstance], and the method's fixed descriptor.
class A {} class B extends A {}
const bound = A.bind(null);
console.log(new B() instanceof A, new A() instanceof B, new B() instanceof bound, 5 instanceof A);
console.log(Function.prototype[Symbol.hasInstance].call(A, new B()), Function.prototype[Symbol.hasInstance].call({}, {}));
console.log(Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance), Function.prototype[Symbol.hasInstance].name);
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
try { ({}) instanceof {}; } catch (e) { console.log(e.message); }
try { Function.prototype[Symbol.hasInstance] = null; } catch (e) { console.log(e.constructor.name); }
const o = Object.create(A.prototype); console.log(o instanceof A, A[Symbol.hasInstance](o));
