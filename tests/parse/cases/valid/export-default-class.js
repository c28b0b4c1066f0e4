export default class {}
const x = 1n + 0x1fn + 0o7n + 0b1n + 1_000n;
