// expect: 2:1 SyntaxError: Invalid left-hand side in assignment
f() ??= 1;
