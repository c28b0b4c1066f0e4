// expect: 2:8 SyntaxError: In strict mode code, functions can only be declared at top level or inside a block.
if (1) function f() {}
