// expect: 2:10 SyntaxError: for-of loop variable declaration may not have an initializer.
for (let x = 1 of z);
