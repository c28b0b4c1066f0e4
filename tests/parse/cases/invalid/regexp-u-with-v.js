// expect: 2:11 SyntaxError: Invalid regular expression flags
const r = /a/uv;
