// expect: 2:7 SyntaxError: Invalid destructuring assignment target
({ a: 1 } = 1);
