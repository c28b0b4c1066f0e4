// expect: 2:11 regular expression /(?<=\$\d+)x/: lookbehind of variable length is not supported
const r = /(?<=\$\d+)x/;
