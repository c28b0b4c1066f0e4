// expect: 2:11 generator methods are not supported
class A { *g() {} }
