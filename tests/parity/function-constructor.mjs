// new Function, Function, and the GeneratorFunction and AsyncFunction constructors:
// source text built from the arguments, compiled as global code.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e instanceof SyntaxError);
  }
};

// From javascript.info, "The new Function syntax" (1-js/06-advanced-functions/07-new-function),
// with console.log for alert: the arguments are the parameters, the last one the body,
// and parameters may also come as one comma-separated string.
const sum = new Function('a', 'b', 'return a + b');
console.log(sum(1, 2));
const sayHi = new Function('console.log("Hello")');
sayHi();
console.log(new Function('a,b', 'return a + b')(3, 4), new Function('a , b', 'return a + b')(5, 6));
// Also from there: the function's environment is the global one, not where it was made.
function getFunc() {
  const value = 'test';
  return new Function('return typeof value');
}
console.log(getFunc()());

const moduleBinding = 1;
globalThis.onGlobal = 'seen';
console.log(new Function('return typeof moduleBinding')(), new Function('return onGlobal')(), moduleBinding);

const made = Function('x, y', 'z', 'return x + y + z');
console.log(made.toString());
console.log(JSON.stringify(String(new Function())), made.name, made.length, made(1, 2, 3));
console.log(new Function('a = 1', '...rest', 'return rest').length, typeof made.prototype);
console.log(Object.getPrototypeOf(made) === Function.prototype, made instanceof Function);
console.log(new Function('return this')() === globalThis, new Function('return new.target')());
const Made = new Function('name', 'this.name = name');
console.log(new Made('built'));
const counter = new Function('let count = 0; return () => ++count;')();
counter();
console.log(counter(), new Function('return function inner() { return 42; }')()());

const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const gen = new GeneratorFunction('n', 'for (let i = 0; i < n; i++) yield i;');
console.log([...gen(3)], gen.toString(), gen.name, Object.getPrototypeOf(gen) === GeneratorFunction.prototype);
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
const later = AsyncFunction('v', 'return await v * 2');
console.log(later.toString(), later.name);
later(21).then((v) => console.log('async result', v));

t('return )', () => new Function('return )'));
t('dangling', () => new Function('a', 'b', 'return a +'));
t('twice', () => new Function('let x; let x;'));
t('two functions', () => new Function('}, function () {'));
t('a b', () => new Function('a b', 'return 1'));
