// expect: 2:4 SyntaxError: In strict mode code, functions can only be declared at top level or inside a block.
a: function f() {}
