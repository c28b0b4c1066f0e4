// expect: 2:15 SyntaxError: Illegal continue statement: 'a' does not denote an iteration statement
a: { continue a; }
