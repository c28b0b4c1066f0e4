// expect: 2:12 SyntaxError: Missing initializer in const declaration
for (const x;;) {}
