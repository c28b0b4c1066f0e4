// expect: 2:8 SyntaxError: Unexpected strict mode reserved word
let a, let = 1;
