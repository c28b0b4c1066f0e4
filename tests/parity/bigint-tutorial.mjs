// The examples of javascript.info's chapter "BigInt" (https://javascript.info/bigint,
// CC BY-NC-SA 4.0), verbatim; those that throw run inside try so that the rest runs.

const bigint = 1234567890123456789012345678901234567890n;

const sameBigint = BigInt("1234567890123456789012345678901234567890");

const bigintFromNumber = BigInt(10); // same as 10n

alert(bigint === sameBigint);
alert(bigintFromNumber);

alert(1n + 2n); // 3

alert(5n / 2n); // 2

try {
  alert(1n + 2); // Error: Cannot mix BigInt and other types
} catch (e) {
  alert(e);
}

{
  let bigint = 1n;
  let number = 2;

  // number to bigint
  alert(bigint + BigInt(number)); // 3

  // bigint to number
  alert(Number(bigint) + number); // 3
}

{
  let bigint = 1n;

  try {
    alert( +bigint ); // error
  } catch (e) {
    alert(e);
  }
}

alert( 2n > 1n ); // true

alert( 2n > 1 ); // true

alert( 1 == 1n ); // true

alert( 1 === 1n ); // false

if (0n) {
  // never executes
  alert("0n is truthy");
}

alert( 1n || 2 ); // 1

alert( 0n || 2 ); // 2

function alert(value) {
  console.log(String(value));
}
