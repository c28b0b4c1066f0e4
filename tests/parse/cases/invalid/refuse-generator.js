// expect: 2:1 generator functions are not supported
function* g() {}
