// expect: 2:13 import.meta is not supported
console.log(import.meta);
