// expect: 2:5 regular expression literals are not supported
x = /ab+c/g;
