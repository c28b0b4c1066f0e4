// expect: 2:17 SyntaxError: Class constructor may not be an async method
class A { async constructor() {} }
