// expect: 2:1 export … from declarations are not supported: they import another file, and a program runs alone
export * from "y";
