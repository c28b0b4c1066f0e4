console.log('value:', 42, 'list:', [1, 2], 'obj:', { k: 'v' }, 'none:', undefined);
console.log(1, 2, 3);
console.log([1, 2], [3, 4]);
console.log({ a: 1 }, 'between', { b: 2 });
console.log(null, 'text', -0, true);
console.log('first', '%s');
console.log('a', { long1: 'aaaaaaaaaaaaaaaaaaaa', long2: 'bbbbbbbbbbbbbbbbbbbb', long3: 'cccccccccccccccccccc', x: 1 });
console.log(['x'], 'x', "x'y");
