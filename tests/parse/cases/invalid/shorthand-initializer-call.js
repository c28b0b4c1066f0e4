// expect: 2:5 SyntaxError: Invalid shorthand property initializer
f({ a = 1 });
