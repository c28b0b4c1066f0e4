// expect: 2:4 SyntaxError: HTML comments are not allowed in modules
<!-- x
