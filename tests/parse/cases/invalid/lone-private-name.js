// expect: 2:5 SyntaxError: Private field '#y' must be declared in an enclosing class
x = #y;
