// expect: 2:21 SyntaxError: Unexpected strict mode reserved word
function* g() { 1 + yield 2; }
