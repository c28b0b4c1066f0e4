const [x, , z = 9, ...others] = [1, 2, undefined, 4, 5];
console.log(x, z, others);
function params([p, q] = [7, 8], ...more) { return [p, q, more]; }
console.log(params(), params([1, 2], 3, 4));
const [head, ...tail] = 'abc';
console.log(head, tail);
