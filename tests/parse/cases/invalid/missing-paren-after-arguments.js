// expect: 2:3 SyntaxError: missing ) after argument list
f(a b);
