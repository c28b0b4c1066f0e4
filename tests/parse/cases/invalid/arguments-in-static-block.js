// expect: 2:20 SyntaxError: 'arguments' is not allowed in class field initializer or static initialization block
class A { static { arguments; } }
