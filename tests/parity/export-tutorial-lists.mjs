// javascript.info, "Export and Import" (https://javascript.info/import-export,
// CC BY-NC-SA 4.0): say.js, exporting apart from declarations and under other
// names, verbatim; then the program calls what it exports.

// 📁 say.js
function sayHi(user) {
  alert(`Hello, ${user}!`);
}

function sayBye(user) {
  alert(`Bye, ${user}!`);
}

export {sayHi, sayBye}; // a list of exported variables

export {sayHi as hi, sayBye as bye};

sayHi('John'); // Hello, John!
sayBye('John'); // Bye, John!

function alert(value) {
  console.log(String(value));
}
