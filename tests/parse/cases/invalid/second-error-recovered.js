// expect: 3:5 SyntaxError: Identifier 'x' has already been declared
let x = 1;
let x = 2;
foo(;

