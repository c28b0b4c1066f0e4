// expect: 3:1 SyntaxError: Unexpected token '=>'
const f = a
=> 1;
