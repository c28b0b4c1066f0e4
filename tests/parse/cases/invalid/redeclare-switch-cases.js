// expect: 2:41 SyntaxError: Identifier 'a' has already been declared
switch (1) { case 1: let a; case 2: let a; }
