// The examples of javascript.info, "Generators" (https://javascript.info/generators,
// CC BY-NC-SA 4.0), verbatim but for `alert`, which Node lacks: here it prints as the
// browser's dialog would show its argument.
const alert = (value) => console.log(String(value));

{
  function* generateSequence() {
    yield 1;
    yield 2;
    return 3;
  }

  // "generator function" creates "generator object"
  let generator = generateSequence();
  alert(generator); // [object Generator]
}
{
  function* generateSequence() {
    yield 1;
    yield 2;
    return 3;
  }

  let generator = generateSequence();

  let one = generator.next();

  alert(JSON.stringify(one)); // {value: 1, done: false}

  let two = generator.next();

  alert(JSON.stringify(two)); // {value: 2, done: false}

  let three = generator.next();

  alert(JSON.stringify(three)); // {value: 3, done: true}
}
{
  function* generateSequence() {
    yield 1;
    yield 2;
    return 3;
  }

  let generator = generateSequence();

  for(let value of generator) {
    alert(value); // 1, then 2
  }
}
{
  function* generateSequence() {
    yield 1;
    yield 2;
    yield 3;
  }

  let generator = generateSequence();

  for(let value of generator) {
    alert(value); // 1, then 2, then 3
  }
}
{
  function* generateSequence() {
    yield 1;
    yield 2;
    yield 3;
  }

  let sequence = [0, ...generateSequence()];

  alert(sequence); // 0, 1, 2, 3
}
{
  let range = {
    from: 1,
    to: 5,

    *[Symbol.iterator]() { // a shorthand for [Symbol.iterator]: function*()
      for(let value = this.from; value <= this.to; value++) {
        yield value;
      }
    }
  };

  alert( [...range] ); // 1,2,3,4,5
}
{
  function* generateSequence(start, end) {
    for (let i = start; i <= end; i++) yield i;
  }

  function* generatePasswordCodes() {

    // 0..9
    yield* generateSequence(48, 57);

    // A..Z
    yield* generateSequence(65, 90);

    // a..z
    yield* generateSequence(97, 122);

  }

  let str = '';

  for(let code of generatePasswordCodes()) {
    str += String.fromCharCode(code);
  }

  alert(str); // 0..9A..Za..z
}
{
  function* generateSequence(start, end) {
    for (let i = start; i <= end; i++) yield i;
  }

  function* generateAlphaNum() {

    // yield* generateSequence(48, 57);
    for (let i = 48; i <= 57; i++) yield i;

    // yield* generateSequence(65, 90);
    for (let i = 65; i <= 90; i++) yield i;

    // yield* generateSequence(97, 122);
    for (let i = 97; i <= 122; i++) yield i;

  }

  let str = '';

  for(let code of generateAlphaNum()) {
    str += String.fromCharCode(code);
  }

  alert(str); // 0..9A..Za..z
}
{
  function* gen() {
    // Pass a question to the outer code and wait for an answer
    let result = yield "2 + 2 = ?"; // (*)

    alert(result);
  }

  let generator = gen();

  let question = generator.next().value; // <-- yield returns the value

  generator.next(4); // --> pass the result into the generator
  alert(question);
}
{
  function* gen() {
    let ask1 = yield "2 + 2 = ?";

    alert(ask1); // 4

    let ask2 = yield "3 * 3 = ?"

    alert(ask2); // 9
  }

  let generator = gen();

  alert( generator.next().value ); // "2 + 2 = ?"

  alert( generator.next(4).value ); // "3 * 3 = ?"

  alert( generator.next(9).done ); // true
}
{
  function* gen() {
    try {
      let result = yield "2 + 2 = ?"; // (1)

      alert("The execution does not reach here, because the exception is thrown above");
    } catch(e) {
      alert(e); // shows the error
    }
  }

  let generator = gen();

  let question = generator.next().value;

  generator.throw(new Error("The answer is not found in my database")); // (2)
}
{
  function* generate() {
    let result = yield "2 + 2 = ?"; // Error in this line
  }

  let generator = generate();

  let question = generator.next().value;

  try {
    generator.throw(new Error("The answer is not found in my database"));
  } catch(e) {
    alert(e); // shows the error
  }
}
{
  function* gen() {
    yield 1;
    yield 2;
    yield 3;
  }

  const g = gen();

  console.log(g.next());        // { value: 1, done: false }
  console.log(g.return('foo')); // { value: "foo", done: true }
  console.log(g.next());        // { value: undefined, done: true }
}
