function args() { return arguments; }
console.log(args(1, 2));
console.log(args());
console.log({ a: args('x', { y: 1 }) });
console.log(args(1, 2).length);
