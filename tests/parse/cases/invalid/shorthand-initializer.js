// expect: 2:4 SyntaxError: Invalid shorthand property initializer
({ a = 1 });
