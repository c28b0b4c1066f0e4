// A chain of 100,000 binds, each of the one before, called once: V8 makes each bound
// name ("bound bound … f") as a ConsString and calls the innermost target at once.
// Quadratic in an engine that copies the name at every level. Prints the result and
// the name's length.
let f = function f() { return 7; };
for (let i = 0; i < 100_000; i++) f = f.bind(null);
console.log(f(), f.name.length);
