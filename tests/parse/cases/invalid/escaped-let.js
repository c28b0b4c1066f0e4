// expect: 2:1 SyntaxError: Keyword must not contain escaped characters
l\u0065t x = 1;
