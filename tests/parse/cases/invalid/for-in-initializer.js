// expect: 2:10 SyntaxError: for-in loop variable declaration may not have an initializer.
for (var x = 1 in z);
