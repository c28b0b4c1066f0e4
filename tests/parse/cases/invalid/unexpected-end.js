// expect: 3:1 SyntaxError: Unexpected end of input
f(
