// expect: 2:5 SyntaxError: Unexpected token ')'
x = );
