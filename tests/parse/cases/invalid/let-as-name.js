// expect: 2:5 SyntaxError: Unexpected strict mode reserved word
let let = 1;
