// expect: 2:21 SyntaxError: Identifier 'a' has already been declared
function f(a) { let a; }
