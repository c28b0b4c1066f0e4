// expect: 2:31 SyntaxError: Illegal break statement
while (true) { (function () { break; })(); }
