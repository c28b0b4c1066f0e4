// expect: 2:1 generator functions are not supported
async function* g() {}
