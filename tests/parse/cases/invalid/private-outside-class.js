// expect: 2:5 SyntaxError: Private field '#x' must be declared in an enclosing class
this.#x;
