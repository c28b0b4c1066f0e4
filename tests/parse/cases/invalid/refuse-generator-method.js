// expect: 2:4 generator methods are not supported
({ *g() {} });
