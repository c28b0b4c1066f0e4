console.log('%s is %d years', 'Bob', 42);
console.log('%s', 'only');
console.log('%s %s', 'one');
console.log('100%% sure', 'extra');
console.log('%%');
console.log('%d', '42abc', 'rest');
console.log('%i', 42.9, '%i', '17px');
console.log('%f', '3.14xyz');
console.log('%d %i %f', -0, -0, -0);
console.log('%s', -0, 5, null, undefined, true);
console.log('%s', { a: 1, b: { c: 2 } });
console.log('%s', [1, [2, [3]]]);
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%o', [1]);
console.log('%o', { x: 'y' });
console.log('%c styled', 'color: red', 'after');
console.log('%x unknown', 1);
console.log('a', 'b', 1, { c: 2 });
console.log(1, '%s', 'x');
console.log('%s', Symbol('s'));
console.log('%d', {});
console.log('%s', new Error('err in s'));
class WithToString { toString() { return 'custom!'; } }
console.log('%s', new WithToString());
class Plain { constructor() { this.v = 1; } }
console.log('%s', new Plain());
console.log('%s:%s', 'a');
console.log('trailing %');
console.log('%s%', 'x');
