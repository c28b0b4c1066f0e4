// expect: 2:5 SyntaxError: Invalid or unexpected token
x = 0x_1;
