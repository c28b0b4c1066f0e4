// BigInt arithmetic: every operator, two's complement bitwise operators, truncating
// division, and the errors V8 throws.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`);
  }
};

show('add', () => 2n ** 64n + 1n);
show('sub', () => 10n - 25n);
show('mul', () => 123456789n * 987654321n * -1n);
show('div', () => [7n / 2n, -7n / 2n, 7n / -2n, -7n / -2n]);
show('mod', () => [7n % 3n, -7n % 3n, 7n % -3n, -7n % -3n]);
show('exp', () => [2n ** 100n, (-3n) ** 3n, 0n ** 0n, (-1n) ** 1000001n]);
show('neg', () => [-5n, -(-5n), -0n]);
show('not', () => [~0n, ~5n, ~-6n]);
show('and', () => [12n & 10n, -12n & 10n, -12n & -10n]);
show('or', () => [12n | 3n, -12n | 3n, -1n | 12345678901234567890n]);
show('xor', () => [12n ^ 10n, -12n ^ 10n, -12n ^ -10n]);
show('shl', () => [1n << 70n, -3n << 2n, 1024n << -3n]);
show('sar', () => [-5n >> 1n, 5n >> 1n, -1n >> 1000n, 1n >> 1000n, 5n >> -2n]);
show('hex', () => [0xffn, 0o777n, 0b1011n, 1_000_000n, 0xFF_FFn]);
show('large', () => 2n ** 200n / 3n ** 50n);
show('mix +', () => 1n + 1);
show('mix *', () => 2 * 3n);
show('mix <<', () => 1n << 2);
show('shr', () => 8n >>> 1n);
show('div 0', () => 1n / 0n);
show('mod 0', () => 1n % 0n);
show('unary +', () => +1n);
show('size', () => 1n << 2000000000n);
show('pow size', () => 10n ** 1000000000n);

let counter = 9n;
counter++;
++counter;
counter += 5n;
counter *= 2n;
counter -= 1n;
counter **= 2n;
counter /= 7n;
counter %= 1000n;
counter <<= 3n;
counter >>= 1n;
counter &= 0xffn;
counter |= 0x100n;
counter ^= 3n;
console.log('compound', counter);
let down = 0n;
const before = down--;
console.log('postfix', before, down, typeof before);
show('compound mix', () => {
  let x = 1n;
  x += 1;
  return x;
});
