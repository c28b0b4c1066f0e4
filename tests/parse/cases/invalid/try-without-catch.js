// expect: 2:6 SyntaxError: Missing catch or finally after try
try {}
