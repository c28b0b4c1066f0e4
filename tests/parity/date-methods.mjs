// TZ=Asia/Kolkata
// The setters (local and UTC, NaN propagation, the order arguments convert in), the
// strings (toString, toISOString, toUTCString, toJSON, toLocale… in 24-hour locales),
// conversion to a primitive, and how console.log prints dates.
const d = new Date(2017, 0, 26, 10, 0, 0);
const log = (label, value) => console.log(label, value, String(d));

log('setMilliseconds', d.setMilliseconds(1500));
log('setSeconds', d.setSeconds(70, 5));
log('setMinutes', d.setMinutes(-1));
log('setHours', d.setHours(23, 59, 59, 999));
log('setDate', d.setDate(0));
log('setMonth', d.setMonth(13, 31));
log('setFullYear', d.setFullYear(2020, 1, 29));
log('setUTCHours', d.setUTCHours(0));
log('setUTCDate', d.setUTCDate(31));
log('setUTCMonth', d.setUTCMonth(1));
log('setUTCFullYear', d.setUTCFullYear(1999));
log('setUTCMinutes', d.setUTCMinutes(30, 30, 30));
log('setUTCSeconds', d.setUTCSeconds(1));
log('setUTCMilliseconds', d.setUTCMilliseconds(-1));
log('setYear', d.setYear(95));
log('setTime', d.setTime(0));
log('setHours()', d.setHours());
log('setFullYear on invalid', d.setFullYear(2000));
log('setMonth on invalid', new Date(NaN).setMonth(1));

const order = [];
const arg = (name, value) => ({ valueOf() { order.push(name); return value; } });
const invalid = new Date(NaN);
console.log(invalid.setHours(arg('h', 1), arg('m', 2), arg('s', 3), arg('ms', 4)), order.join(' '));
order.length = 0;
console.log(new Date(0).setUTCFullYear(arg('y', 2001), arg('mo', 1)), order.join(' '));

const t = new Date(Date.UTC(2017, 0, 26, 9, 5, 7, 8));
console.log(t.toString());
console.log(t.toDateString(), '|', t.toTimeString());
console.log(t.toISOString(), t.toUTCString(), t.toGMTString === t.toUTCString);
console.log(t.toJSON(), JSON.stringify({ when: t }), new Date(NaN).toJSON());
console.log(new Date(Date.UTC(-1, 0)).toISOString(), new Date(Date.UTC(10000, 0)).toISOString(),
  new Date(Date.UTC(-1, 0)).toUTCString());
console.log(new Date(-1e15).toString());
try {
  new Date(NaN).toISOString();
} catch (error) {
  console.log(error.name, error.message);
}
console.log(String(new Date(NaN)), new Date(NaN).toUTCString(), new Date(NaN).toDateString());

console.log(t.toLocaleString('en-GB'), '|', t.toLocaleDateString('de-DE'), '|', t.toLocaleTimeString('en-GB'));
console.log(t.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
console.log(t.toLocaleDateString(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' }));
console.log(t.toLocaleString('en-US', { hour12: false }));
console.log(t.toLocaleString('en-GB', { timeZone: 'UTC' }), '|', t.toLocaleTimeString('de-DE', { timeZone: 'America/New_York' }));
console.log(t.toLocaleDateString('fr-FR', { month: 'long' }), '|', t.toLocaleDateString('ja-JP'));
console.log(t.toLocaleDateString(), new Date(NaN).toLocaleString());
try {
  t.toLocaleString('en-US', { timeZone: 'Mars/Olympus' });
} catch (error) {
  console.log(error.name);
}

console.log(t + 1);
console.log(t - 1, +t, t * 1, t - new Date(Date.UTC(2017, 0, 25, 9, 5, 7, 8)));
console.log(`${t}` === t.toString(), t == t.toString(), t < new Date(Date.UTC(2018, 0)), t.valueOf());
console.log(t[Symbol.toPrimitive]('number'), t[Symbol.toPrimitive]('default') === t.toString());
try {
  t[Symbol.toPrimitive]('other');
} catch (error) {
  console.log(error.name, error.message);
}

console.log(t);
console.log([t, new Date(NaN)], { t, nested: { when: new Date(0) } });
const tagged = new Date(0);
tagged.note = 'with a property';
console.log(tagged);
class Stamp extends Date {}
console.log(new Stamp(0), [new Stamp(NaN)]);
