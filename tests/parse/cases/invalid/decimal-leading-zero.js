// expect: 2:5 SyntaxError: Decimals with leading zeros are not allowed in strict mode.
x = 08;
