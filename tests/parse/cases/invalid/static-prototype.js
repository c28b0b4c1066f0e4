// expect: 2:18 SyntaxError: Classes may not have a static property named 'prototype'
class A { static prototype() {} }
