// expect: 2:5 SyntaxError: Keyword must not contain escaped characters
var \u0069f;
