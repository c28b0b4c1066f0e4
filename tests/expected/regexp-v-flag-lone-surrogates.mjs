// The v flag reads the subject as code points, as u does: a lone surrogate is a
// character of its own, never half of a pair (Node 18 has no v flag, hence not parity).
const show = (s) => (s == null ? String(s) : JSON.stringify(s));
const exec = (re, s) => {
  const m = re.exec(s);
  return m ? `${show(m[0])}@${m.index}` : 'null';
};
const hi = '\ud83d', lo = '\ude00', pair = '\u{1F600}';
const subjects = [hi, lo, pair, lo + hi, 'a' + lo];
const patterns = [
  /./v, /[^a]/v, /\P{L}/v, /[\p{Cs}]/v, /[[\ud800-\udfff]--[\udc00-\udfff]]/v, /[\p{Any}&&[\ud83d\ude00]]/v,
  /[\q{\ud83d\ude00|\ud83d}]/v, /[[^\p{L}]--\p{Cs}]/v, /^[\s\S]$/v,
];
for (const re of patterns) console.log(String(re), subjects.map((s) => exec(re, s)).join(' '));
console.log(exec(/(.)\1/iv, 'a\u{10400}\u{10428}'), /[\u{10400}]/iv.test('\u{10428}'), exec(/(?<=.)x/v, pair + 'x'));
console.log(('a' + hi + pair + lo).split(/(?:)/v).map(show).join(), ('a' + hi + pair).replace(/[^a]/gv, '_'));
