// expect: 2:7 SyntaxError: Octal escape sequences are not allowed in template strings.
x = `\1`;
