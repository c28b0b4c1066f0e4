// expect: 2:20 SyntaxError: Illegal return statement
class A { static { return; } }
