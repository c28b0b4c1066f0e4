// expect: 3:1 SyntaxError: Identifier 'f' has already been declared
function f() {}
function f() {}
