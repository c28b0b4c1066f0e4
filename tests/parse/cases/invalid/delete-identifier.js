// expect: 2:8 SyntaxError: Delete of an unqualified identifier in strict mode.
delete x;
