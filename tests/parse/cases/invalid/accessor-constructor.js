// expect: 2:15 SyntaxError: Class constructor may not be an accessor
class A { get constructor() {} }
