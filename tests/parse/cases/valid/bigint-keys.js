const o = { 1n: 'one', 0x10n: 'sixteen', 3n() {} };
const { 16n: sixteen } = o;
class K { static 4n = 'four'; 5n() {} }
