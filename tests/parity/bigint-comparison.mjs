// BigInt comparisons and equality with numbers, strings and booleans; typeof; truthiness.
const rows = [
  [1n, 1.5], [2n, 1.5], [1n, 1], [1n, NaN], [10n ** 30n, 1e30], [-(10n ** 30n), -Infinity],
  [9007199254740993n, 9007199254740992], [1n, '1'], [2n, '1.5'], [3n, 'x'], [1n, true], [0n, false],
  [0n, -0], [0n, ''], [5n, 5n], [5n, 6n],
];
for (const [a, b] of rows) {
  console.log(a, typeof b === 'string' ? `'${b}'` : b,
    a < b, a > b, a <= b, a >= b, a == b, a != b, a === b, b < a, b == a);
}
console.log(typeof 1n, typeof Object(1n), typeof BigInt(1));
console.log(!!0n, !!1n, !!-1n, 0n ? 'yes' : 'no', 0n || 'fallback', 1n && 'both', 0n ?? 'nullish');
console.log(Object.is(0n, -0n), Object.is(5n, 5n), [1n, 2n, 3n].includes(2n), [1n, 2n].indexOf(2n));
console.log(1n < 'a', 'a' < 1n, 1n == 'a');
console.log([3n, 1n, 2n, -5n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log(Math.max(1, 2) > 1n, 2n === 2n, 2n !== 3n);
