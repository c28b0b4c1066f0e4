// expect: 2:1 SyntaxError: Unexpected eval or arguments in strict mode
eval++;
