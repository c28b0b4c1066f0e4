// expect: 2:1 export declarations are not supported
export const a = 1;
