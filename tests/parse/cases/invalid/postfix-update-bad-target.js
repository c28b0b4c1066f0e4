// expect: 2:1 SyntaxError: Invalid left-hand side expression in postfix operation
1++;
