const words = /\b\w+\b/g;
const date = /(?<year>\d{4})-(?<month>\d{2})/u;
let x = 4 / 2 / 1;
x /= 2;
const tail = /[/\]]+$/im;
if (/a|b/.test("a")) x = /=/.source;
const cls = [/x/y, /\u{1F600}/u, /(?<=\$)\d+/, /[]/, /[^]/s];
