// expect: 2:22 SyntaxError: Undefined label 'b'
a: while (1) { break b; }
