// The v flag's properties of strings (ECMA-262's table: RGI_Emoji and six others)
// match whole emoji sequences, longest first; Node 18 has no v flag, hence not parity.
// Only sequences of Emoji 15.0 (this engine's ICU 72) appear here.
const samples = {
  keycap: '#\ufe0f\u20e3', flag: '\u{1F1EB}\u{1F1F7}', notAFlag: '\u{1F1E6}\u{1F1E6}', modifier: '\u{1F44D}\u{1F3FD}',
  family: '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', scotland: '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
  watch: '\u231a', grin: '\u{1F600}', letter: 'a',
};
const properties = [
  'Basic_Emoji', 'Emoji_Keycap_Sequence', 'RGI_Emoji_Flag_Sequence', 'RGI_Emoji_Modifier_Sequence',
  'RGI_Emoji_Tag_Sequence', 'RGI_Emoji_ZWJ_Sequence', 'RGI_Emoji',
];
for (const name of properties) {
  const whole = new RegExp(`^\\p{${name}}$`, 'v');
  console.log(name, Object.entries(samples).filter(([, s]) => whole.test(s)).map(([k]) => k).join(' '));
}
const text = `I ${samples.modifier} the ${samples.family} in ${samples.flag}${samples.flag} at ${samples.keycap}!`;
console.log(text.match(/\p{RGI_Emoji}/gv).map((m) => m.length).join(' '));
console.log(text.replace(/\p{RGI_Emoji}/gv, '<e>'), text.split(/[\p{RGI_Emoji}--\p{Basic_Emoji}]/v).length);
console.log(/^[\p{RGI_Emoji_Flag_Sequence}\q{ab}]+$/v.test(`ab${samples.flag}ab`), /\p{RGI_Emoji}/iv.test('A'));
console.log(/^[\p{RGI_Emoji}&&\p{Emoji_Keycap_Sequence}]$/v.test(samples.keycap), /[\p{RGI_Emoji}--\q{\u{1F600}}]/v.exec(samples.grin));
for (const source of ['\\P{RGI_Emoji}', '[^\\p{RGI_Emoji}]', '\\p{RGI_Emoji}']) {
  for (const flags of ['v', 'u']) {
    try {
      new RegExp(source, flags);
      console.log(source, flags, 'ok');
    } catch (e) {
      console.log(e.message);
    }
  }
}
