// expect: 2:5 SyntaxError: Unexpected token 'if'
x = if;
