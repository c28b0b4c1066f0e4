// expect: 2:21 SyntaxError: new.target expression is not allowed here
const f = () => new.target;
