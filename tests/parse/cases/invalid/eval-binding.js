// expect: 2:5 SyntaxError: Unexpected eval or arguments in strict mode
var eval;
