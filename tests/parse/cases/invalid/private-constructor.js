// expect: 2:11 SyntaxError: Classes may not have a field named 'constructor'
class A { #constructor; }
