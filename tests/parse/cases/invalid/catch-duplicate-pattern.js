// expect: 2:19 SyntaxError: Identifier 'a' has already been declared
try {} catch ([a, a]) {}
