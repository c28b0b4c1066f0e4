// javascript.info, "Export and Import" (https://javascript.info/import-export,
// CC BY-NC-SA 4.0): a default export that is a nameless function, verbatim. It is
// hoisted as a declaration would be, and no name reaches it.
console.log('first line');

export default function(user) { // no function name
  alert(`Hello, ${user}!`);
}

export async function later() {
  await null;
  return 'later';
}

later().then((value) => console.log(value));
console.log('last line');

function alert(value) {
  console.log(String(value));
}
