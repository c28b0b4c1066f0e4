// expect: 2:5 BigInt literals are not supported
x = 10n;
