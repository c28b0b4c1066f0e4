// expect: 3:5 SyntaxError: Identifier 'x' has already been declared
let x;
let x;
