// expect: 2:17 SyntaxError: Rest parameter may not have a default initializer
function f(...a = 1) {}
