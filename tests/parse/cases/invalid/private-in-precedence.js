// expect: 2:32 SyntaxError: Unexpected identifier '#y'
class A { #y; m() { return 1 + #y in x; } }
