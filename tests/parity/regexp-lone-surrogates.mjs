// Under the u flag a pattern reads the subject as code points: a surrogate pair is one
// character, and a surrogate not paired with its other half (a lone surrogate) is a
// character of its own, which '.', classes and property escapes match like any other,
// but never half of a pair.
const show = (s) => (s == null ? String(s) : JSON.stringify(s));
const exec = (re, s) => {
  const m = re.exec(s);
  return m ? `${show(m[0])}@${m.index}` : 'null';
};
const hi = '\ud83d', lo = '\ude00', pair = '\u{1F600}';
const subjects = [hi, lo, pair, lo + hi, hi + 'a', 'a' + lo, hi + pair + lo];
const patterns = [
  /./u, /^.$/u, /^.$/, /[^a]/u, /[^a]/, /\S/u, /\P{L}/u, /\p{Cs}/u, /[\ud800-\udbff]/u, /[\udc00-\udfff]/u,
  /\ud83d/u, /\ude00/u, /\ud83d/, /\ude00/, /\ud83d\ude00/u, /[\ud83d\ude00]/u, /[\ud83d\ude00]/, /^\W$/u,
  /./su, /[^]/u,
];
for (const re of patterns) console.log(String(re), subjects.map((s) => exec(re, s)).join(' '));

// A lone surrogate in a pattern never matches half of a pair.
console.log(/\udf06/u.test('\ud834\udf06'), /\udf06/.test('\ud834\udf06'), /\ud834/u.test('\ud834\udf06'));
console.log(/\udf06/u.test('a\udf06'), /^[\ud834]$/u.test('\ud834'), /\ud834$/u.test('x\ud834'));

// Quantifiers repeat whole astral characters.
console.log(exec(/^\u{1F600}{2}$/u, pair + pair), exec(/^\ud83d\ude00{2}$/, pair + lo), exec(/\ud83d\ude00{2}/u, pair + lo));
console.log(exec(/^.{3}$/u, pair + hi + lo), exec(/^.{2}$/u, pair + pair), exec(/^.{4}$/, pair + pair));
console.log(exec(/[😀-🙏]+/u, 'x😀🙂🙏y'), exec(/(?:😀|a)+/u, 'a😀a😀'), exec(/😀?b/u, lo + 'b'));

// i with u folds astral letters (Deseret), back-references included.
console.log(/\u{10400}/ui.test('\u{10428}'), /[\u{10400}-\u{1040f}]/ui.test('\u{10430}'), /\u{10400}/i.test('\u{10428}'));
console.log(exec(/(\u{10400})\1/iu, '\u{10428}\u{10400}'), exec(/(.)\1/iu, 'a\u{10400}\u{10428}'));
console.log(exec(/(.+)-\1/iu, '\u{10400}b-\u{10428}B'), exec(/(.)\1/iu, '\u017fs\u212ak'), exec(/(\w)\1/iu, 'Kk'));
console.log(exec(/(.)\1/iu, hi + hi + lo), exec(/(.)\1/u, hi + hi + lo), exec(/(.)\1/u, hi + hi + 'x'));
console.log(exec(/(?<c>.)\k<c>/iu, 'x\u{104B0}\u{104D8}'), exec(/(a)?\1b/iu, 'b'), exec(/(\ud83d)\1/iu, hi + pair));
// A quantifier after a back-reference repeats the whole reference.
console.log(exec(/(.)\1{3}/iu, 'xXxX'), exec(/(.)\1{2}/u, pair + pair + pair), exec(/(\u{10400})\1+/iu, '\u{10400}\u{10428}\u{10428}'));
console.log(exec(/(.)\1{3}/i, 'xXxx'), exec(/(.)\1*y/iu, 'xXy'), exec(/(.)\1?y/u, 'xy'));

// split, replace, matchAll over strings with lone surrogates.
const mixed = 'a' + hi + pair + lo + 'b';
console.log(mixed.split(/(?:)/u).map(show).join(), mixed.split('').length, mixed.split(/(?:)/).length);
console.log(show(mixed.replace(/./gu, (m) => `<${m.length}>`)), show(mixed.replace(/[\ud800-\udfff]/gu, '?')));
console.log(show(mixed.replace(/\p{Cs}/gu, '#')), show(mixed.replace(/\P{L}/gu, '_')), show(mixed.replace(/(?:)/gu, '|')));
console.log([...mixed.matchAll(/./gu)].map((m) => `${m.index}:${m[0].length}`).join(' '));
console.log([...mixed.matchAll(/\S/gu)].length, [...mixed.matchAll(/[^]/g)].length, mixed.search(/\udc00|\ude00/u));

// lastIndex inside a pair: g and y step back to the pair's start.
for (const flags of ['gu', 'yu', 'g', 'y']) {
  const re = new RegExp('.', flags);
  re.lastIndex = 1;
  const m = re.exec(pair + 'x');
  console.log(flags, m && m.index, m && m[0].length, re.lastIndex);
}
for (const source of ['\\ude00', '(?:)', '$', 'x']) {
  const re = new RegExp(source, 'gu');
  re.lastIndex = 1;
  console.log(source, exec(re, pair + 'x'), re.lastIndex);
}
const sticky = /\ude00/y;
sticky.lastIndex = 1;
console.log(exec(sticky, pair), sticky.lastIndex);

// d indices, named groups, lookbehind, \b and m anchors.
const indexed = /(?<first>.)(?<rest>.+)/du.exec(hi + pair + 'z');
console.log(JSON.stringify(indexed.indices), JSON.stringify(indexed.indices.groups), show(indexed.groups.first));
// A group name's escaped surrogate pair is one code point, with or without u.
console.log(Object.keys(/(?<\ud835\udcd1>x)/.exec('x').groups), Object.keys(/(?<a\u{1D4D1}>x)/u.exec('x').groups));
console.log(exec(/(?<=.)x/u, pair + 'x'), exec(/(?<=\ude00)x/u, pair + 'x'), exec(/(?<=\ude00)x/u, lo + 'x'));
console.log(exec(/(?<=(.))x/u, pair + 'x'), /(?<=(.))x/u.exec(pair + 'x')[1].length, exec(/(?<!\ud83d)x/u, hi + 'x'));
console.log(exec(/(?<!.)./u, pair), exec(/(?<=^.)./u, pair + pair), exec(/(?<=.{2})x/u, hi + pair + 'x'));
console.log(exec(/\b/u, hi + 'a'), exec(/\B./u, hi + pair), exec(/(?<!^)\B/u, pair), exec(/^./mu, 'x\n' + pair));
console.log(exec(/.$/mu, pair + '\nx'), exec(/^\P{Any}?/u, lo), exec(/[\s\S]$/u, 'a' + pair));
// A lookbehind whose alternative has a few bounded lengths, with or without u.
console.log(exec(/(?<=x(?:a|bc))d/, 'xbcd'), exec(/(?<=a?)b/, 'ab'), exec(/(?<=(?:x|xy))z/, 'xyz'), exec(/(?<=.{2})x/u, pair + 'x'));
