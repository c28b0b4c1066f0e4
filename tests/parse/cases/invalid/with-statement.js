// expect: 2:1 SyntaxError: Strict mode code may not include a with statement
with (a) {}
