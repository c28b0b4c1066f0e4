// expect: 2:3 SyntaxError: Unexpected token 'export'
{ export const a = 1; }
