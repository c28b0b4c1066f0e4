// expect: 2:5 SyntaxError: Invalid or unexpected token
x = 3in [];
