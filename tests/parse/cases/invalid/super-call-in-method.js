// expect: 2:27 SyntaxError: 'super' keyword unexpected here
class A extends B { m() { super(); } }
