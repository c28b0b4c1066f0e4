// expect: 2:11 SyntaxError: Unexpected eval or arguments in strict mode
const f = eval => 1;
