// expect: 2:7 SyntaxError: Octal escape sequences are not allowed in strict mode.
x = "\1";
