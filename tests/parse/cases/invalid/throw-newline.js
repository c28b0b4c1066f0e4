// expect: 2:1 SyntaxError: Illegal newline after throw
throw
new Error("x");
