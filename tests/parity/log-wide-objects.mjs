const wide = {};
for (let i = 0; i < 30; i++) wide['key' + i] = i;
console.log(wide);
const words = {};
for (const w of ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']) words[w] = w.toUpperCase();
console.log(words);
console.log({ a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], b: 'short' });
console.log([{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }, { g: 7 }]);
console.log([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]);
const table = [];
for (let r = 0; r < 4; r++) { table[r] = []; for (let c = 0; c < 12; c++) table[r][c] = r * 12 + c; }
console.log(table);
console.log({ table });
