// expect: 3:3 SyntaxError: HTML comments are not allowed in modules
x = 1;
--> comment
