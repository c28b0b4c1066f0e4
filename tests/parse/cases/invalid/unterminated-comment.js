// expect: 2:1 SyntaxError: Invalid or unexpected token
/* x
