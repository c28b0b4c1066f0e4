// expect: 2:15 SyntaxError: Identifier '#x' has already been declared
class A { #x; #x; }
