// expect: 2:16 SyntaxError: Unexpected identifier 'x'
class A { *get x() {} }
