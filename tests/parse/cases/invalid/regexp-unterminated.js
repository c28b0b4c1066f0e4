// expect: 2:5 SyntaxError: Invalid regular expression: missing /
x = /a
/;
