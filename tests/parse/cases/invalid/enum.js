// expect: 2:1 SyntaxError: Unexpected reserved word
enum = 1;
