// expect: 2:1 SyntaxError: Illegal continue statement: no surrounding iteration statement
continue;
