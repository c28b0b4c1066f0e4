const s = 'Hello, World';
console.log(s.length, s[0], s.at(-1), s.charAt(4), s.indexOf('o'), s.includes('World'), s.startsWith('Hell'), s.endsWith('d'));
console.log(s.slice(7), s.slice(-5, -1), s.substring(0, 5), s.toUpperCase(), s.toLowerCase());
console.log('  pad  '.trim(), '5'.padStart(3, '0'), '5'.padEnd(3, '*'), 'ab'.repeat(3));
console.log('a,b,,c'.split(','), 'abc'.split(''), 'a-b-c'.replace('-', '+'));
console.log(String(123), String(null), String([1, [2, 3]]), String({}), String(Symbol('x')), String(true));
console.log('abc' < 'abd', 'a'.localeCompare ? 'has' : 'no', 'x'.concat('y', 1));
console.log(`${'nested'.toUpperCase()} ${[1, 2].map((n) => n * 2).join('+')}`);
