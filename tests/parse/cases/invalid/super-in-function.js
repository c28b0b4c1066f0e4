// expect: 2:16 SyntaxError: 'super' keyword unexpected here
function f() { super.x; }
