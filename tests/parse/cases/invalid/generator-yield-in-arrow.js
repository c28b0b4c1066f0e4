// expect: 2:33 SyntaxError: Unexpected strict mode reserved word
function* g() { const f = () => yield 1; }
