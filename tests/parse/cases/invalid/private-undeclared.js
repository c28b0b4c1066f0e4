// expect: 2:21 SyntaxError: Private field '#x' must be declared in an enclosing class
class A { m() { this.#x; } }
