// expect: 2:1 import declarations are not supported
import x from "y";
