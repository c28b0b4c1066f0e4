// expect: 2:9 SyntaxError: Invalid Unicode escape sequence
x = `\u{zz}`;
