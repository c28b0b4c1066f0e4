const name = "x";
const t1 = `plain`;
const t2 = `a ${name} b ${1 + 1} c`;
const t3 = `nested ${`inner ${name}`} end`;
const t4 = `multi
line`;
const t5 = `${{ a: 1 }.a}`;
function tag(strings, ...values) { return strings.raw.join("|") + values; }
const t6 = tag`raw \n ${name} \unicode`;
const t7 = String.raw`\u{41}`;
const s1 = 'single \' quote';
const s2 = "double \" quote \\ backslash";
const s3 = "\x41\u0042\u{43}\u{1F600}\0\b\f\n\r\t\v";
const s4 = "line \
continuation";
const s5 = "\uD800 lone surrogate";
const s6 = "\u2028\u2029 and raw  ";
const n1 = 0x1F + 0o17 + 0b1010 + 0XFF + 0O7 + 0B1;
const n2 = 1_000_000 + 0xff_ff + 0b1_0 + 1e1_0 + 1_0.0_1;
const n3 = 9007199254740993 + 0.1 + 1e21 + 1e-7 + 5e-324 + 1.7976931348623157e308;
const n4 = 0 + 0.0 + 0e0 + 0x0;
