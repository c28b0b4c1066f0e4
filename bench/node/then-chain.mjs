// A promise chain of 200,000 `.then`s built in a loop, each job adding one: linear in
// V8. Prints the sum.
let p = Promise.resolve(0);
for (let i = 0; i < 200_000; i++) p = p.then((v) => v + 1);
p.then((v) => console.log(v));
