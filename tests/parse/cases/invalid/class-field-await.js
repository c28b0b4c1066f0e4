// expect: 2:15 SyntaxError: Unexpected reserved word
class A { x = await 1; }
