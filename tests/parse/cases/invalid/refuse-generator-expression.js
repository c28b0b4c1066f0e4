// expect: 2:5 generator functions are not supported
x = function* () {};
