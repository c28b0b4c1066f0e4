// expect: 2:1 SyntaxError: Private field '#y' must be declared in an enclosing class
#y in x;
