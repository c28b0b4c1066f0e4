// expect: 2:23 SyntaxError: More than one default clause in switch statement
switch (x) { default: default: }
