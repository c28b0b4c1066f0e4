// expect: 2:5 SyntaxError: Invalid regular expression flags
x = /a/gg;
