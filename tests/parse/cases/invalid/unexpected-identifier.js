// expect: 2:3 SyntaxError: Unexpected identifier 'b'
a b
