// expect: 2:1 SyntaxError: Keyword must not contain escaped characters
\u0061wait;
