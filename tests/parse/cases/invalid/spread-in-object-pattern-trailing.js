// expect: 2:6 SyntaxError: Rest element must be last element
({...a,} = x);
