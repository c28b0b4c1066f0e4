// The rest of Node's console, as far as standard output shows it: debug, dir (with its
// depth), group/groupCollapsed/groupEnd (every line indented, nested), count and
// countReset, and assert, trace, time's warnings, which go to standard error. Times are
// never printed, as they differ from run to run.
console.debug('debug goes to stdout', { a: 1 });
console.dir('a string, quoted');
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
console.dir(Object.defineProperty({}, 'hidden', { value: 1 }), { showHidden: true });

console.group('Group A');
console.log('first line\nsecond line');
console.group();
console.info({ list: [1, 2, 3], text: 'long string '.repeat(8) });
console.groupCollapsed('collapsed', 42);
console.debug(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
console.groupEnd();
console.groupEnd();
console.log('back in A');
console.groupEnd();
console.groupEnd(); // one too many: nothing happens
console.log('outside');

console.count();
console.count();
console.count('apples');
console.countReset();
console.count();
console.count('apples');
console.countReset('pears'); // a warning on stderr
console.count(undefined);

console.assert(true, 'not printed');
console.assert(false, 'printed on stderr %s', 'only');
console.assert(0);
console.trace('stderr too');
console.time('unprinted');
console.time('unprinted'); // a warning on stderr
console.timeEnd('no such label'); // a warning on stderr
console.timeLog('no such label either');
console.log('done');
