// expect: 2:7 SyntaxError: Missing initializer in const declaration
const x;
