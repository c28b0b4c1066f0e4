// expect: 2:22 SyntaxError: Illegal await-expression in formal parameters of async function
const f = async (a = await 1) => {};
