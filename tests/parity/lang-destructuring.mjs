const { a, b: renamed, c = 'default', ...rest } = { a: 1, b: 2, d: 4, e: 5 };
console.log(a, renamed, c, rest);
const [x, , z = 9] = [1, 2, undefined, 4, 5];
console.log(x, z);
const { nested: { deep: [first, second] } } = { nested: { deep: ['f', 's'] } };
console.log(first, second);
function params({ name, age = 30 } = {}, [p, q] = [7, 8], ...more) { return [name, age, p, q, more]; }
console.log(params({ name: 'Ann' }), params(), params({ age: 1 }, [1, 2], 3, 4));
let m, n;
[m, n] = [1, 2];
[m, n] = [n, m];
console.log(m, n);
let o;
({ o = 'dflt' } = {});
console.log(o);
for (const [k, v] of [['one', 1], ['two', 2]]) console.log(k, v);
for (const { id, tags: [t] } of [{ id: 1, tags: ['x'] }]) console.log(id, t);
