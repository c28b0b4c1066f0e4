// expect: 3:1 SyntaxError: Identifier 'f' has already been declared
var f;
function f() {}
