// expect: 2:9 SyntaxError: Getter must not have any formal parameters.
({ get x(a) {} });
