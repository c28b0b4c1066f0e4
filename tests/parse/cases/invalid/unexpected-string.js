// expect: 2:5 SyntaxError: Unexpected string
"a" "b"
