// expect: 2:6 SyntaxError: Invalid left-hand side in for-loop
for (a + 1 in z);
