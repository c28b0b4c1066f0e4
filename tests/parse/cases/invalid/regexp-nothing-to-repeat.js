// expect: 2:1 SyntaxError: Invalid regular expression: /a**/: Nothing to repeat
/a**/.test("a");
