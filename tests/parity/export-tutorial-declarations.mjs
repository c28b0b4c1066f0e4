// javascript.info, "Export and Import" (https://javascript.info/import-export,
// CC BY-NC-SA 4.0): its exports before declarations, verbatim. A program that
// nothing imports runs them as the declarations they label.

// export an array
export let months = ['Jan', 'Feb', 'Mar','Apr', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// export a constant
export const MODULES_BECAME_STANDARD_YEAR = 2015;

// export a class
export class User {
  constructor(name) {
    this.name = name;
  }
}

export function sayHi(user) {
  alert(`Hello, ${user}!`);
}  // no ; at the end

console.log(months.length, MODULES_BECAME_STANDARD_YEAR, new User('John'));
sayHi('John');
months = months.slice(0, 3);
console.log(months);

function alert(value) {
  console.log(String(value));
}
