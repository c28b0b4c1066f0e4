// expect: 2:19 SyntaxError: Rest parameter must be last formal parameter
f = async (a, ...b,) => 1;
