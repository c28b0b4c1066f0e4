// expect: 2:28 SyntaxError: A class may only have one constructor
class A { constructor() {} constructor() {} }
