// expect: 2:26 SyntaxError: Identifier 'e' has already been declared
try {} catch ([e]) { var e; }
