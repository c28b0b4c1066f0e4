// TZ=Europe/Berlin
// new Date in all its forms, Date.UTC, the getters in local time and in UTC, and the
// zone's offsets across daylight saving time and history (ICU's zone data).
const show = (label, d) => console.log(label, d.getTime(), String(d));

show('ms', new Date(1485421200000));
show('negative ms', new Date(-1));
show('string', new Date('2017-01-26T10:00:00'));
show('components', new Date(2017, 0, 26, 10, 30, 15, 250));
show('year and month', new Date(2017, 5));
show('two-digit year', new Date(99, 11, 31));
show('year 0', new Date(0, 0));
show('year 100', new Date(100, 0));
show('copy', new Date(new Date(2017, 0, 26)));
show('boolean', new Date(true));
show('numeric string', new Date('12'));
show('clipped', new Date(8.64e15));
show('past the end', new Date(8.64e15 + 1));
show('NaN component', new Date(2017, NaN));
show('Infinity', new Date(Infinity));
show('object with valueOf', new Date({ valueOf: () => 86400000 }));
show('object with toString', new Date({ toString: () => '2020-02-29', valueOf: undefined }));
console.log(typeof Date(), Date.length, Date.name, Date.UTC.length, Date.prototype.constructor === Date);
console.log(Object.prototype.toString.call(new Date(0)), new Date(0) instanceof Date);

console.log('UTC', Date.UTC(2017, 0, 26), Date.UTC(2017), Date.UTC(99, 1, 1), Date.UTC(), Date.UTC(2017, 12, 1, 25));

const d = new Date(2017, 0, 26, 10, 30, 15, 250);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(),
  d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getYear());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(),
  d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
const invalid = new Date(NaN);
console.log(invalid.getFullYear(), invalid.getUTCDay(), invalid.getTimezoneOffset(), invalid.getTime(), invalid.valueOf());

// Daylight saving time: the clocks went forward on 26 March 2017 at 02:00 and back
// on 29 October 2017 at 03:00.
for (const time of ['2017-03-26T01:59:00Z', '2017-03-26T02:00:00Z', '2017-10-29T00:59:00Z', '2017-10-29T01:00:00Z']) {
  const t = new Date(time);
  console.log(time, String(t), t.getTimezoneOffset(), t.getHours());
}
// 02:30 on 26 March does not exist; 02:30 on 29 October happens twice.
console.log(new Date(2017, 2, 26, 2, 30).toISOString(), new Date(2017, 9, 29, 2, 30).toISOString());
// History: Berlin's double summer time of 1945 (GMT+0300) and its local mean time
// before 1893 (GMT+0053).
console.log(String(new Date(1945, 5, 1, 12)), String(new Date(1970, 0, 1)));
console.log(String(new Date(1800, 0, 1)));

class Stamp extends Date {
  label() {
    return `stamp ${this.toISOString()}`;
  }
}
const stamp = new Stamp(0);
console.log(stamp.label(), stamp instanceof Date, Object.getPrototypeOf(stamp) === Stamp.prototype);

try {
  Date.prototype.getTime.call({});
} catch (error) {
  console.log(error.name, error.message);
}
