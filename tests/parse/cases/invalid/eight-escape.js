// expect: 2:6 SyntaxError: \8 and \9 are not allowed in strict mode.
x = "\8";
