// A back-reference under the i flag compares by ECMA-262's Canonicalize: without the
// u flag, toUpperCase kept to one code unit and never from non-ASCII to ASCII, so that
// ß and ẞ, ſ and s, k and the Kelvin sign stay apart; with it, simple case folding.
const cases = [
  [/(a)\1/i, 'aA'], [/(a)\1/, 'aA'], [/(ß)\1/i, 'ßẞ'], [/(ß)\1/iu, 'ßẞ'], [/(ſ)\1/i, 'ſs'], [/(s)\1/i, 'sſ'],
  [/(ſ)\1/iu, 'ſs'], [/(k)\1/i, 'k\u212A'], [/(k)\1/iu, 'k\u212A'], [/(ab)\1/i, 'abAB'], [/(é)\1/i, 'éÉ'],
  [/(\w+) \1/i, 'Hello HELLO'], [/(?<word>[a-z]+)-\k<word>/i, 'Straße-STRASSE'], [/(ſt)\1/i, 'ſtſT'],
  [/(ᾳ)\1/i, 'ᾳᾼ'], [/(ǅ)\1/i, 'ǅǄ'], [/(ǅ)\1/i, 'ǅǆ'], [/(i)\1/i, 'iİ'], [/(ı)\1/i, 'ıI'],
];
for (const [re, s] of cases) console.log(String(re), JSON.stringify(s), re.test(s));
// A failed comparison backtracks into the group: the second try matches.
console.log('ſsSs'.match(/(.s)\1/i)?.index, 'xKkK'.replace(/(k)\1/gi, '<$1>'));
console.log('aAbBßẞcC'.match(/(.)\1/gi));
