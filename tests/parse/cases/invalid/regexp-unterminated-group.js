// expect: 2:5 SyntaxError: Invalid regular expression: /(/: Unterminated group
x = /(/;
