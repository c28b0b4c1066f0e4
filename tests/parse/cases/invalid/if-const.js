// expect: 2:8 SyntaxError: Unexpected token 'const'
if (1) const x = 1;
