// expect: 2:18 SyntaxError: Duplicate __proto__ fields are not allowed in object literals
({ __proto__: 1, __proto__: 2 });
