// Strings built by appending, as a learner's loop builds them: 1,000,000 appends with
// `+`, `+=` and a template, each read once at the end. Linear in V8 (its ConsString);
// quadratic in an engine that copies on every append. Prints a checksum.
let plus = "";
for (let i = 0; i < 1_000_000; i++) plus = plus + "x";
let compound = "";
for (let i = 0; i < 200_000; i++) compound += i % 10;
let template = "";
for (let i = 0; i < 1_000_000; i++) template = `${template}y`;
console.log(plus.length + compound.length + template.length, compound.indexOf("789"), template.at(-1));
