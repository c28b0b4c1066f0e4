// expect: 2:2 SyntaxError: Invalid destructuring assignment target
[f()] = [1];
