// expect: 2:25 SyntaxError: Identifier 'i' has already been declared
for (let i of []) { var i; }
