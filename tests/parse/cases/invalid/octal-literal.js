// expect: 2:5 SyntaxError: Octal literals are not allowed in strict mode.
x = 010;
