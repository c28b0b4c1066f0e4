console.log('before');
function fail() { throw new TypeError('uncaught here'); }
fail();
console.log('never printed');
