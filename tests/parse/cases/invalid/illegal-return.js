// expect: 2:1 SyntaxError: Illegal return statement
return 1;
