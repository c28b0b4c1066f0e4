// expect: 2:16 SyntaxError: Unexpected reserved word
function f() { await x; }
