// expect: 3:1 SyntaxError: Duplicate export of 'default'
export default 1;
export default function f() {}
