// expect: 2:32 SyntaxError: Unexpected strict mode reserved word
function* g() { function f() { yield 1; } }
