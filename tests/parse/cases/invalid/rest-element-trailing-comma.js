// expect: 2:12 SyntaxError: Rest element must be last element
let {a, ...b,} = x;
