// V8 lets a call stand where an assignment's target goes and throws a ReferenceError
// only when that line runs, after making the call and before the right-hand side;
// the lines before it have run and printed.
function pow(a, b) {
  console.log("pow", a, b);
  return a ** b;
}
function value() {
  console.log("value");
  return 4;
}
console.log("before");
const attempts = [
  () => { pow(2, 2) = value(); },
  () => { pow(2, 3) += value(); },
  () => { pow(2, 4)++; },
  () => { --pow(2, 5); },
  () => { for (pow(2, 6) of [1, 2]) console.log("body"); },
  () => { for (pow(2, 7) in { a: 1 }) console.log("body"); },
  () => { for (pow(2, 8) of []) console.log("body"); return "no turn, no call"; },
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (e) {
    console.log(e instanceof ReferenceError, e.message);
  }
}
pow(3, 3) = 27;
console.log("never printed");
