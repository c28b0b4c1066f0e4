function* count(n) { for (let i = 0; i < n; i++) yield i; return n; }
function *spaced() { yield; yield
  1; }
const expression = function* named() { yield* named(); };
const anonymous = function* () { const x = yield 1; return yield x; };
const object = { *method() { yield this; }, *[Symbol.iterator]() { yield* [1, 2]; }, *"quoted"() {}, *async() {}, *get() {} };
class Tree { *[Symbol.iterator]() { yield 1; } static *range(n) { yield n; } *#hidden() { yield; } }
function* expressions() {
  const a = [yield, yield 1, yield* "ab"];
  const b = { key: yield };
  f(yield a, yield b);
  const c = yield a ? 1 : 2;
  const d = (yield);
  for (const x of yield) {}
  for (const y in yield) {}
  yield yield yield 1;
  yield
  a;
  `${yield}`;
}
function* nested() { function inner() { return 1; } class C { [yield 1]() {} } yield () => 1; }
