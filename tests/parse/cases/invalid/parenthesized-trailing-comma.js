// expect: 2:4 SyntaxError: Unexpected token ')'
(a,);
