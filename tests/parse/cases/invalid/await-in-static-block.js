// expect: 2:20 SyntaxError: Unexpected reserved word
class A { static { await; } }
