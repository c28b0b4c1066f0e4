// expect: 2:9 SyntaxError: Setter must have exactly one formal parameter.
({ set x() {} });
