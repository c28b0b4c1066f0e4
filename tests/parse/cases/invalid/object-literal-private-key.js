// expect: 2:4 SyntaxError: Unexpected identifier '#a'
({ #a: 1 });
