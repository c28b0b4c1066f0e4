// expect: 3:1 SyntaxError: Unexpected end of input
class A extends B
