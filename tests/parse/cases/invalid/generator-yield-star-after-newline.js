// expect: 3:1 SyntaxError: Unexpected token '*'
function* g() { yield
* 1; }
