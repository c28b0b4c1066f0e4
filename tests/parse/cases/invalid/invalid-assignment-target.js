// expect: 2:5 SyntaxError: Invalid left-hand side in assignment
a = 1 = 2;
