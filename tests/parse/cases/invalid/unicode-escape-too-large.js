// expect: 2:6 SyntaxError: Undefined Unicode code-point
x = "\u{110000}";
