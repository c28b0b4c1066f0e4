console.log(1, -0, 0, NaN, Infinity, -Infinity, 1e21, 1e-7, 123456789012345680000, 0.1 + 0.2);
console.log('plain string', true, false, null, undefined);
console.log([1, -0, 'a', true, null, undefined, NaN]);
console.log({ n: -0, s: 'it\'s', q: "say \"hi\"", both: `it's "x"`, nl: 'a\nb', tab: '\t' });
console.log(Symbol('k'), Symbol(), [Symbol('in')]);
console.log('');
console.log();
console.log(2 ** 53, -1.5e-10, 5e-324, 1.7976931348623157e308);
