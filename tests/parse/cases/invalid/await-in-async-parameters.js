// expect: 2:22 SyntaxError: Illegal await-expression in formal parameters of async function
async function f(a = await 1) {}
