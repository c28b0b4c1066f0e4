function make() {}
const arrow = () => {};
const anonymous = [function () {}, () => {}];
console.log(make, arrow, anonymous);
const obj = { method() {}, ['comp' + 'uted']() {} };
console.log(obj);
function withProps() {}
withProps.x = 1;
withProps.nested = { y: 2 };
console.log(withProps);
console.log({ f: withProps });
console.log({ a: { b: { c: withProps } } });
console.log({ a: { b: { c: make } } });
console.log(console.log, parseFloat);
