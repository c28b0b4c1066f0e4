// expect: 2:10 SyntaxError: Invalid left-hand side in for-of loop: Must have a single binding.
for (let x, y of z);
