// expect: 2:4 SyntaxError: Invalid destructuring assignment target
({ get a() {} } = x);
