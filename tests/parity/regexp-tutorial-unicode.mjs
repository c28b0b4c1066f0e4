// Examples from "Unicode: flag "u" and class \p{...}", javascript.info
// (https://javascript.info/regexp-unicode), CC BY-NC-SA 4.0, run verbatim; alert
// prints String(value), as the browser's dialog shows it.
function alert(value) { console.log(String(value)); }

alert('😄'.length); // 2
alert('𝒳'.length); // 2
{
  let str = "A ბ ㄱ";
  alert( str.match(/\p{L}/gu) ); // A,ბ,ㄱ
  alert( str.match(/\p{L}/g) ); // null (no matches, as there's no flag "u")
}
{
  let regexp = /x\p{Hex_Digit}\p{Hex_Digit}/u;
  alert("number: xAF".match(regexp)); // xAF
}
{
  let regexp = /\p{sc=Han}/gu; // returns Chinese hieroglyphs
  let str = `Hello Привет 你好 123_456`;
  alert( str.match(regexp) ); // 你,好
}
{
  let regexp = /\p{Sc}\d/gu;
  let  str = `Prices: $2, €1, ¥9`;
  alert( str.match(regexp) ); // $2,€1,¥9
}
// And beside them: negated properties, scripts with extensions, classes, and case.
console.log("Ωmega ωmega".match(/\p{Script=Greek}+/gu), "a1_b".replace(/\P{L}/gu, "."));
console.log(/^[\p{Lu}\p{Nd}]+$/u.test("AB12"), /\p{Lowercase}/iu.test("A"), /[^\p{ASCII}]/u.exec("abcé").index);
