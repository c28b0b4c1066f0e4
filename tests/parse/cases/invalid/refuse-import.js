// expect: 2:1 import declarations are not supported: they read another file, and a program runs alone
import x from "y";
