// expect: 2:9 SyntaxError: Setter function argument must not be a rest parameter
({ set x(...a) {} });
