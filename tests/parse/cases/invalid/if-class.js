// expect: 2:8 SyntaxError: Unexpected token 'class'
if (1) class A {}
