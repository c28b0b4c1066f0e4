// expect: 2:1 regular expression literals are not supported
/a/.test("a");
