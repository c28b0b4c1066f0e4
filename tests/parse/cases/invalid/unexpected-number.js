// expect: 2:3 SyntaxError: Unexpected number
1 2
