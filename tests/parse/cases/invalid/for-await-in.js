// expect: 2:41 SyntaxError: Unexpected token 'in'
async function f() { for await (const x in y) {} }
