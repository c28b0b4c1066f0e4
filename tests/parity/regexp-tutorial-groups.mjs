// Examples from "Capturing groups", javascript.info
// (https://javascript.info/regexp-groups), CC BY-NC-SA 4.0, run verbatim; alert
// prints String(value), as the browser's dialog shows it.
function alert(value) { console.log(String(value)); }

alert( 'Gogogo now!'.match(/(go)+/ig) ); // "Gogogo"
{
  let regexp = /(\w+\.)+\w+/g;
  alert( "site.com my.site.com".match(regexp) ); // site.com,my.site.com
}
{
  let regexp = /[-.\w]+@([\w-]+\.)+[\w-]+/g;
  alert("my@mail.com @ his@site.com.uk".match(regexp)); // my@mail.com, his@site.com.uk
}
{
  let str = '<h1>Hello, world!</h1>';
  let tag = str.match(/<(.*?)>/);
  alert( tag[0] ); // <h1>
  alert( tag[1] ); // h1
}
{
  let str = '<span class="my">';
  let regexp = /<(([a-z]+)\s*([^>]*))>/;
  let result = str.match(regexp);
  alert(result[0]); // <span class="my">
  alert(result[1]); // span class="my"
  alert(result[2]); // span
  alert(result[3]); // class="my"
}
{
  let match = 'a'.match(/a(z)?(c)?/);
  alert( match.length ); // 3
  alert( match[0] ); // a (whole match)
  alert( match[1] ); // undefined
  alert( match[2] ); // undefined
}
{
  let match = 'ac'.match(/a(z)?(c)?/)
  alert( match.length ); // 3
  alert( match[0] ); // ac (whole match)
  alert( match[1] ); // undefined, because there's nothing for (z)?
  alert( match[2] ); // c
}
{
  let str = '<h1> <h2>';
  let tags = str.match(/<(.*?)>/g);
  alert( tags ); // <h1>,<h2>
}
{
  let results = '<h1> <h2>'.matchAll(/<(.*?)>/gi);
  alert(results); // [object RegExp String Iterator]
  alert(results[0]); // undefined (*)
  results = Array.from(results); // let's turn it into array
  alert(results[0]); // <h1>,h1 (1st tag)
  alert(results[1]); // <h2>,h2 (2nd tag)
}
{
  let results = '<h1> <h2>'.matchAll(/<(.*?)>/gi);
  for(let result of results) {
    alert(result);
  }
}
{
  let results = '<h1> <h2>'.matchAll(/<(.*?)>/gi);
  let [tag1, tag2] = results;
  alert( tag1[0] ); // <h1>
  alert( tag1[1] ); // h1
  alert( tag1.index ); // 0
  alert( tag1.input ); // <h1> <h2>
  alert( tag2[1] );
}
{
  let dateRegexp = /(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})/;
  let str = "2019-04-30";
  let groups = str.match(dateRegexp).groups;
  alert(groups.year); // 2019
  alert(groups.month); // 04
  alert(groups.day); // 30
}
{
  let dateRegexp = /(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})/g;
  let str = "2019-10-30 2020-01-01";
  let results = str.matchAll(dateRegexp);
  for(let result of results) {
    let {year, month, day} = result.groups;
    alert(`${day}.${month}.${year}`);
  }
}
{
  let str = "John Bull";
  let regexp = /(\w+) (\w+)/;
  alert( str.replace(regexp, '$2, $1') ); // Bull, John
}
{
  let regexp = /(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})/g;
  let str = "2019-10-30, 2020-01-01";
  alert( str.replace(regexp, '$<day>.$<month>.$<year>') );
}
{
  let str = "Gogogo John!";
  let regexp = /(?:go)+ (\w+)/i;
  let result = str.match(regexp);
  alert( result[0] ); // Gogogo John (full match)
  alert( result[1] ); // John
  alert( result.length ); // 2 (no more items in the array)
}
