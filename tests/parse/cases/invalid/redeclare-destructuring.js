// expect: 2:9 SyntaxError: Identifier 'a' has already been declared
let [a, a] = [];
