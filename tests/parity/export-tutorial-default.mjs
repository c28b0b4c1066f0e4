// javascript.info, "Export and Import" (https://javascript.info/import-export,
// CC BY-NC-SA 4.0): user.js, a default export beside a named one, verbatim.

// 📁 user.js
export default class User {
  constructor(name) {
    this.name = name;
  }
}

export function sayHi(user) {
  alert(`Hello, ${user}!`);
}

const user = new User('John');
console.log(user, User.name, typeof User);
sayHi(user.name);

function alert(value) {
  console.log(String(value));
}
