// localeCompare collates by ICU for the default locale (as Node's reference command
// runs it, from the environment), not by code units.
console.log('Österreich'.localeCompare('Zealand'));
console.log('a'.localeCompare('B'), 'a'.localeCompare('A'), 'A'.localeCompare('a'), 'x'.localeCompare('x'));

const words = ['a', '_', '-', '.', ' ', 'Z', 'é', 'z', 'A', 'ä', 'Ä', 'ae', '10', '9', 'b', 'résumé', 'resume', 'Résumé'];
console.log(words.slice().sort((x, y) => x.localeCompare(y)));

const countries = ['Zealand', 'Österreich', 'Andorra', 'Ägypten', 'Vietnam', 'Éire'];
console.log(countries.sort((x, y) => x.localeCompare(y)).join(', '));

// Canonically equivalent strings compare equal.
console.log('e\u0301'.localeCompare('\u00e9'));

// Intl.Collator's options.
console.log('a'.localeCompare('á', undefined, { sensitivity: 'base' }));
console.log('a'.localeCompare('A', undefined, { sensitivity: 'accent' }));
console.log('a'.localeCompare('A', undefined, { sensitivity: 'case' }));
console.log(['10', '9', '2', '1'].sort((x, y) => x.localeCompare(y, undefined, { numeric: true })));
console.log('a b'.localeCompare('ab', 'en', { ignorePunctuation: true }));
console.log('ä'.localeCompare('z', 'de'), 'ä'.localeCompare('z', 'sv'));
console.log('ch'.localeCompare('h', ['cs', 'en']));

for (const bad of ['not a tag!', '']) {
  try {
    'x'.localeCompare('y', bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
