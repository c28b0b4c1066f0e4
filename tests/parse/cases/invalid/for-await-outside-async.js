// expect: 2:20 SyntaxError: Unexpected reserved word
function f() { for await (const x of y) {} }
