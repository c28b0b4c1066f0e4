// expect: 2:7 SyntaxError: `...` must be followed by an assignable reference in assignment contexts
({ ...{ a } } = x);
