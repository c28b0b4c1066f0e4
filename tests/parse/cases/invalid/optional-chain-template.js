// expect: 2:5 SyntaxError: Invalid tagged template on optional chain
a?.b`x`;
