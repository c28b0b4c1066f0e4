class User {
  constructor(name, age) { this.name = name; this.age = age; }
  greet() { return 'hi'; }
}
class Admin extends User {
  constructor(name) { super(name, 40); this.role = 'admin'; }
}
console.log(new User('John', 30));
console.log(new Admin('Root'));
console.log([new User('a', 1), new User('b', 2)]);
console.log({ owner: new Admin('x'), users: [new User('y', 3)] });
const users = [];
for (let i = 0; i < 8; i++) users[i] = new User('user' + i, 20 + i);
console.log(users);
class Empty {}
console.log(new Empty(), { e: new Empty() }, [new Empty(), new Empty()]);
class WithStatic { static s = 1; constructor() { this.i = 2; } }
console.log(new WithStatic());
console.log({ a: { b: { c: new User('deep', 1) } } });
console.log(User.prototype, Admin.prototype);
