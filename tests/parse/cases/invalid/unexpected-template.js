// expect: 2:4 SyntaxError: Unexpected template string
if `a`;
