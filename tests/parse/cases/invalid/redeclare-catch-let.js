// expect: 2:24 SyntaxError: Identifier 'e' has already been declared
try {} catch (e) { let e; }
