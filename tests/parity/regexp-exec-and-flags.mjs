// exec's result, lastIndex under g and y, the flag getters, source and toString,
// named groups and the d flag's indices, as Node prints them.
const re = /(?<word>\w+)-(\d+)?/g;
console.log(re.exec("ab-1 cd- ef-22"), re.lastIndex);
console.log(re.exec("ab-1 cd- ef-22"), re.lastIndex);
console.log(re.exec("ab-1 cd- ef-22"), re.lastIndex);
console.log(re.exec("ab-1 cd- ef-22"), re.lastIndex);

const sticky = /foo/y;
sticky.lastIndex = 3;
console.log(sticky.test("barfoo"), sticky.lastIndex, sticky.test("barfoo"), sticky.lastIndex);

const plain = /o/;
plain.lastIndex = 7;
console.log(plain.exec("foo").index, plain.lastIndex);

const all = /a/dgimsuy;
console.log(all.flags, all.global, all.ignoreCase, all.multiline, all.dotAll, all.unicode, all.sticky, all.hasIndices);
console.log(/x/.flags === "", RegExp.prototype.global, RegExp.prototype.source, RegExp.prototype.flags);
console.log(new RegExp("a/b").source, String(new RegExp("\n")), new RegExp("").toString(), /[/]/.source);
console.log(/(?<y>\d{4})-(?<m>\d\d)/d.exec("on 2024-05!"));
console.log(/(a)|(b)/d.exec("b").indices);

const copy = new RegExp(/ab+c/gi, "m");
console.log(copy, copy.flags, RegExp(copy) === copy, new RegExp(copy) === copy);
console.log(Object.prototype.toString.call(/x/), typeof /x/, /x/ instanceof RegExp);
console.log(Object.getOwnPropertyDescriptor(/x/, "lastIndex"));
console.log(Object.keys(/x/), JSON.stringify({ r: /x/ }));

for (const [pattern, flags] of [["(", ""], ["a**", ""], ["[b-a]", ""], ["\\k<x>", ""], ["x", "gg"], ["x", "q"]]) {
  try {
    new RegExp(pattern, flags);
  } catch (e) {
    console.log(e.name + ": " + e.message);
  }
}
try {
  RegExp.prototype.exec.call({}, "a");
} catch (e) {
  console.log(e.message);
}
