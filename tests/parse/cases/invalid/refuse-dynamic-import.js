// expect: 2:11 dynamic import() is not supported
const m = import("x");
