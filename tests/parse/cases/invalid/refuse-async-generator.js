// expect: 2:1 async generator functions are not supported
async function* g() {}
