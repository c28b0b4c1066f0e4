// expect: 2:1 SyntaxError: 'super' keyword unexpected here
super.x;
