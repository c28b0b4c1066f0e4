// expect: 2:17 SyntaxError: Unexpected token ','
export default 1, 2;
