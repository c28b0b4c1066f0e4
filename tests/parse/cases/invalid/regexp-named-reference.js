// expect: 2:11 SyntaxError: Invalid regular expression: /\k<b>(?<a>x)/u: Invalid named capture referenced
const r = /\k<b>(?<a>x)/u;
