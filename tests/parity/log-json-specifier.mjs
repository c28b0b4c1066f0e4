console.log('%j', { a: [1, 'two', null], b: undefined });
console.log('%j %j', 'str', 42);
const circular = {};
circular.self = circular;
console.log('%j', circular);
console.log('%j', undefined);
console.log(JSON.stringify({ x: 1, y: [true] }), JSON.parse('{"k":[1,2]}'));
