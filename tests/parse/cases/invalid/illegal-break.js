// expect: 2:1 SyntaxError: Illegal break statement
break;
