// expect: 2:1 SyntaxError: Unexpected strict mode reserved word
let implements = 1;
