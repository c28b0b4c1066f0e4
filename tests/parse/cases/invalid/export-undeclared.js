// expect: 3:18 SyntaxError: Export 'missing' is not defined in module
const a = 1;
export { a as b, missing };
