console.log([0, -0, 1, -1, 0.5, -0.5, 1e21, 1e-7, 123e-20, 2 ** 31, 2 ** 32, 2 ** 53 + 2]);
console.log({ pi: 3.141592653589793, e: 2.718281828459045, third: 1 / 3, big: 9007199254740993 });
console.log([NaN, Infinity, -Infinity], { nan: NaN });
console.log(0.1 * 3, 100 / 3, 1e300 * 1e10, -1e-300 / 1e300, 5e-324);
console.log([1000000, 10000000, 100000000000000000000, 1e20 + 1]);
console.log(-0, [-0], { z: -0 }, String(-0), `${-0}`, -0 + '');
console.log(Number('  12  '), Number(''), Number('0x1f'), Number('1e3'), Number('abc'), Number(null), Number([5]));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2x'), parseFloat('abc'));
console.log((255).toString(16), (0.5).toString(2), (1e21).toString(), (123.456).toFixed ? 'has' : 'no');
