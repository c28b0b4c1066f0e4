// expect: 2:2 SyntaxError: Unexpected token '...'
(...a);
