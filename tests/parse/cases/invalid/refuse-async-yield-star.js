// expect: 2:28 yield* in async generator functions is not supported
async function* g() { yield* h(); }
