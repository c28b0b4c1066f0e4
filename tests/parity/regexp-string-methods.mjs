// The String methods that take a regex: match, matchAll, replace and replaceAll with
// every $ pattern and with functions, search and split (with captures and limits).
console.log("a1b22c333".match(/\d+/g), "abc".match(/x/g), "abc".match(/(b)(x)?/));
console.log([..."a1b22c333".matchAll(/(\d)(\d)?/g)].map((m) => [m[0], m[1], m[2], m.index]));
try {
  "abc".matchAll(/b/);
} catch (e) {
  console.log(e.message);
}
const s = "John Smith, Jane Doe";
console.log(s.replace(/(\w+) (\w+)/g, "$2 $1"));
console.log(s.replace(/(?<first>\w+) (?<last>\w+)/, "$<last>, $<first>!"));
console.log(s.replace(/Smith/, "[$`|$&|$'|$$|$0|$3|$<x>]"));
console.log("abc".replace(/(b)/, "$01$10$2"), "x".replace(/x/, "$"), "x".replace(/x/, "$<"));
console.log("aaa".replace(/a/g, (m, offset, input) => `${offset}/${input.length}`));
console.log("2 + 3".replace(/(\d) \+ (\d)/, (m, a, b, offset, input) => [m, a, b, offset, input].join("|")));
console.log("a-b_c".replaceAll(/[-_]/g, (c) => (c === "-" ? "_" : "-")));
try {
  "abc".replaceAll(/b/, "x");
} catch (e) {
  console.log(e.message);
}
console.log("abc".replace(/(?:)/g, "-"), "😀x".replace(/(?:)/gu, "."), "😀x".replace(/(?:)/g, ".").length);
console.log("one  two three".split(/\s+/), "a1b2c3".split(/(\d)/), "a1b2c3".split(/\d/, 2));
console.log("".split(/x/), "".split(/(?:)/), "abc".split(/(?:)/), "abc".split(/b*/));
console.log("test".search(/s/), "test".search(/x/), "te.t".search("."), "aXbx".split("x"));
console.log("ab".match("."), "a.b".replace(".", "!"), "Ab".match(/a/i).index);

const re = /o/g;
re.lastIndex = 2;
console.log("foo".search(re), re.lastIndex);
console.log("x".replace({ [Symbol.replace]: (str, rep) => `custom ${str} ${rep}` }, "y"));
console.log("a,b".split({ [Symbol.split]: (str, limit) => [str, limit] }, 3));
