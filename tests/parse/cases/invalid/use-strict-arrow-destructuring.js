// expect: 2:22 SyntaxError: Illegal 'use strict' directive in function with non-simple parameter list
const f = ({a}) => { "use strict"; };
