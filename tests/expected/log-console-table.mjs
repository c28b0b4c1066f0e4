// console.table as Node 20 draws it (Node 18 centred the cells, so this is no parity
// program): rows of objects, arrays, primitives (the Values column), Maps and Sets, a
// property filter, integer column names first, wide characters, inside a group.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ r1: { c: 1 }, r2: 5, r3: { d: [1, 2, 3, 4], e: { f: 1, g: 2, h: 3 } } });
console.table(new Map([['k', { v: 1 }], [2, 'two']]));
console.table(new Set(['a', 'b']));
console.table([{ a: 1, b: 2 }, { a: 3, c: 4 }], ['a', 'c']);
console.table('just a string');
console.table([]);
console.table([{ 10: 'x', 2: 'y', name: 'n' }]);
console.table([{ 名前: '日本', emoji: '🚀' }]);
console.group('grouped');
console.table([1, 2]);
console.groupEnd();
