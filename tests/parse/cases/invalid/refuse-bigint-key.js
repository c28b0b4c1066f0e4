// expect: 2:13 BigInt literals as property names are not supported
const o = { 10n: 'ten' };
