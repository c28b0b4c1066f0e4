// Examples from "Methods of RegExp and String", javascript.info
// (https://javascript.info/regexp-methods), CC BY-NC-SA 4.0, run verbatim; alert
// prints String(value), as the browser's dialog shows it.
function alert(value) { console.log(String(value)); }

{
  let str = "I love JavaScript";
  let result = str.match(/Java(Script)/);
  alert( result[0] );     // JavaScript (full match)
  alert( result[1] );     // Script (first capturing group)
  alert( result.length ); // 2
  alert( result.index );  // 7 (match position)
  alert( result.input );  // I love JavaScript (source string)
}
{
  let str = "I love JavaScript";
  let result = str.match(/Java(Script)/g);
  alert( result[0] ); // JavaScript
  alert( result.length ); // 1
}
{
  let str = "I love JavaScript";
  let result = str.match(/HTML/);
  alert(result); // null
  try {
    alert(result.length); // Error: Cannot read property 'length' of null
  } catch (e) {
    console.log(e.message);
  }
}
{
  let str = '<h1>Hello, world!</h1>';
  let regexp = /<(.*?)>/g;
  let matchAll = str.matchAll(regexp);
  alert(matchAll); // [object RegExp String Iterator], not array, but an iterable
  matchAll = Array.from(matchAll); // array now
  let firstMatch = matchAll[0];
  alert( firstMatch[0] );  // <h1>
  alert( firstMatch[1] );  // h1
  alert( firstMatch.index );  // 0
  alert( firstMatch.input );  // <h1>Hello, world!</h1>
}
alert('12-34-56'.split('-')) // array of ['12', '34', '56']
alert('12, 34, 56'.split(/,\s*/)) // array of ['12', '34', '56']
{
  let str = "A drop of ink may make a million think";
  alert( str.search( /ink/i ) ); // 10 (first match position)
}
alert('12-34-56'.replace("-", ":")) // 12:34-56
alert( '12-34-56'.replace( /-/g, ":" ) )  // 12:34:56
{
  let str = "John Smith";
  alert(str.replace(/(john) (smith)/i, '$2, $1')) // Smith, John
}
{
  let str = "html and css";
  let result = str.replace(/html|css/gi, str => str.toUpperCase());
  alert(result); // HTML and CSS
}
alert("Ho-Ho-ho".replace(/ho/gi, (match, offset) => offset)); // 0-3-6
{
  let str = "John Smith";
  let result = str.replace(/(\w+) (\w+)/, (match, name, surname) => `${surname}, ${name}`);
  alert(result); // Smith, John
}
{
  let str = "John Smith";
  let result = str.replace(/(\w+) (\w+)/, (...match) => `${match[2]}, ${match[1]}`);
  alert(result); // Smith, John
}
{
  let str = "John Smith";
  let result = str.replace(/(?<name>\w+) (?<surname>\w+)/, (...match) => {
    let groups = match.pop();
    return `${groups.surname}, ${groups.name}`;
  });
  alert(result); // Smith, John
}
alert('12-34-56'.replaceAll("-", ":")) // 12:34:56
{
  let str = 'More about JavaScript at https://javascript.info';
  let regexp = /javascript/ig;
  let result;
  while (result = regexp.exec(str)) {
    alert( `Found ${result[0]} at position ${result.index}` );
  }
}
{
  let str = 'Hello, world!';
  let regexp = /\w+/g; // without flag "g", lastIndex property is ignored
  regexp.lastIndex = 5; // search from 5th position (from the comma)
  alert( regexp.exec(str) ); // world
}
{
  let str = 'Hello, world!';
  let regexp = /\w+/y;
  regexp.lastIndex = 5; // search exactly at position 5
  alert( regexp.exec(str) ); // null
}
{
  let str = "I love JavaScript";
  alert( /love/i.test(str) ); // true
  alert( str.search(/love/i) != -1 ); // true
}
{
  let str = "Bla-bla-bla";
  alert( /love/i.test(str) ); // false
  alert( str.search(/love/i) != -1 ); // false
}
{
  let regexp = /love/gi;
  let str = "I love JavaScript";
  regexp.lastIndex = 10;
  alert( regexp.test(str) ); // false (no match)
}
{
  let regexp = /javascript/g;  // (regexp just created: regexp.lastIndex=0)
  alert( regexp.test("javascript") ); // true (regexp.lastIndex=10 now)
  alert( regexp.test("javascript") ); // false
}
