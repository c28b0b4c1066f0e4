// expect: 5:11 SyntaxError: Identifier 'y' has already been declared
function outer() {
  function inner() {
    let y = 1;
    const y = 2;
  }
}
