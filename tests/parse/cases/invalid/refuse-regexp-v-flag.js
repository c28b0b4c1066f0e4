// expect: 2:11 regular expression /a/v: the v flag is not supported
const r = /a/v;
