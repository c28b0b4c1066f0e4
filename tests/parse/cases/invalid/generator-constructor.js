// expect: 2:12 SyntaxError: Class constructor may not be a generator
class A { *constructor() {} }
