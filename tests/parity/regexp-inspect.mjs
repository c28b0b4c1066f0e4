// How console.log prints regexes: alone, in arrays and objects, with properties of
// their own, as a subclass, and what a WeakRef to one sees across a collection.
const re = /a+\/b/gi;
console.log(re, [re, /x/], { pattern: /\d{2,}/u, nested: { deep: [/(?<n>y)/s] } });
const tagged = Object.assign(/tag/y, { label: "mine", count: 2 });
console.log(tagged, [tagged]);
class Pattern extends RegExp {}
const sub = new Pattern("p+", "m");
console.log(sub, sub instanceof RegExp, sub.test("ppp"), `${sub}`, String(/x/g));
console.log(new RegExp("line\nbreak"), new RegExp("/"), /[/]/);
console.log("abc".matchAll(/b/g), Object.prototype.toString.call("abc".matchAll(/b/g)));
let ref = new WeakRef(/kept until the tick/);
await new Promise((resolve) => setTimeout(resolve, 0));
gc();
console.log(ref.deref());
