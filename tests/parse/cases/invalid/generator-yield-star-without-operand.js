// expect: 2:24 SyntaxError: Unexpected token '}'
function* g() { yield* }
