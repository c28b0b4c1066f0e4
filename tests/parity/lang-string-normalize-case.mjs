// normalize and the case mappings come from ICU, as in Node: all four normalization
// forms, and Unicode's full case mappings (one character may become several).
const cafe = 'cafe\u0301';
const composed = 'caf\u00e9';
console.log(cafe.length, cafe.normalize().length, cafe.normalize() === composed);
for (const form of ['NFC', 'NFD', 'NFKC', 'NFKD']) {
  const s = '\u00c5\ufb01\u2460\u1e9b\u0323'.normalize(form);
  console.log(form, s.length, [...s].map((c) => c.codePointAt(0).toString(16)).join(' '));
}
for (const form of ['nfc', 'NFX', null]) {
  try {
    'x'.normalize(form);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log('x'.normalize(undefined));

console.log('ß'.toUpperCase(), 'straße'.toUpperCase(), 'ﬁne'.toUpperCase(), 'ŉ'.toUpperCase());
console.log('ΌΣΟΣ'.toLowerCase(), 'Σ'.toLowerCase(), 'ΑΣ ΣΑ'.toLowerCase());
console.log('İ'.toLowerCase().length, 'ǅ'.toUpperCase(), 'ǅ'.toLowerCase());
console.log('i'.toLocaleUpperCase('tr'), 'I'.toLocaleLowerCase('tr-TR'), 'I'.toLocaleLowerCase('az'));
console.log('i'.toLocaleUpperCase('en-US'), 'i'.toLocaleUpperCase(['tr', 'en']), 'ß'.toLocaleUpperCase());
console.log('Ὀδυσσεύς'.toUpperCase(), 'ΑΣ'.toLocaleLowerCase('el'));
try {
  'x'.toLocaleUpperCase('?');
} catch (e) {
  console.log(e.name, e.message);
}
