// util.inspect tells a class from a function by its source text, as Node's getFunctionBase
// does: a '(' before the class body (extends f(), extends (B)) makes it print as a function.
function f() { return class Base {}; }
const mixin = (B) => class extends B {};
class User extends f() {}
class Plain {}
class Child extends Plain { constructor() { super(); } }
class /* (comment) */ Odd extends Plain {}
class Spaced extends (Plain) {}
const Anon = class extends mixin(Plain) {};
console.log(User, Plain, Child, Odd, Spaced, Anon, mixin(Plain));
console.log([User], { User });
