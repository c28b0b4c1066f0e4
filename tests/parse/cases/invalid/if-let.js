// expect: 2:8 SyntaxError: Lexical declaration cannot appear in a single-statement context
if (1) let x = 1;
