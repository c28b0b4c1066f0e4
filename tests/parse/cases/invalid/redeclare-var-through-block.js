// expect: 2:16 SyntaxError: Identifier 'x' has already been declared
{ let x; { var x; } }
