// expect: 2:4 SyntaxError: Label 'a' has already been declared
a: a: ;
