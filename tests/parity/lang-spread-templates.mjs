const arr = [1, 2, 3];
console.log([...arr, 4, ...[5, 6]]);
console.log(Math.max(...arr));
const base = { a: 1, b: 2 };
console.log({ ...base, b: 3, c: 4 }, { ...null, ...undefined, ...'hi' });
const name = 'World';
console.log(`Hello, ${name}! ${1 + 2} ${[1, 2]} ${{}} ${null} ${undefined}`);
console.log(`multi
line`, `nested ${`inner ${name}`}`);
console.log(`\u0041\t|`, `\${escaped}`);
