// TZ=America/New_York
// Date.parse: the date time string format of ECMA-262 (date-only forms in UTC,
// date-time forms without an offset in local time) and the legacy formats V8 reads.
const strings = [
  '2017-01-26',
  '2017-01',
  '2017',
  '+002017-01-26T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '-000000-01-01T00:00:00Z',
  '2017-01-26T12:00',
  '2017-01-26T12:00:30.5',
  '2017-01-26T12:00:30.123456Z',
  '2017-01-26T12:00:00+05:30',
  '2017-01-26T12:00:00-0800',
  '2017-01-26T24:00:00Z',
  '2017-01-26T24:00:01Z',
  '2017-01-26T25:00:00Z',
  '2017-02-30',
  '2017-13-01',
  '2017-01-26 12:00',
  '2017-01-26 12:00Z',
  'Jan 26 2017',
  'Jan 26',
  '26 Jan 2017',
  'January 26, 2017 10:00:00',
  'January 26, 2017 10:00:00 PM',
  'Thu Jan 26 2017 10:00:00 GMT+0100',
  'Thu Jan 26 2017 10:00:00 GMT+0100 (Central European Standard Time)',
  'Thu, 26 Jan 2017 09:00:00 GMT',
  '2017/01/26',
  '2017/01/26 10:00',
  '1/26/2017',
  '01/26/17',
  '1/26/2017 3:45 pm',
  'Jan 26 2017 10:00 EST',
  'Jan 26 2017 10:00 PDT',
  'Jan 26 2017 10:00 UTC+2',
  'Jan 26 2017 10:00 GMT-8',
  '12:00 Jan 26 2017',
  'Thursday, January 26, 2017',
  'Jan 26 2017 10:00:00.250',
  'Jan 26 2017 10::',
  '  2017-01-26  ',
  '2017-01-26T',
  'hello',
  'Jan',
  '',
  '42',
  'tomorrow 2017',
  '2017 tomorrow',
  'Jan 26 2017 (a comment (nested)) 10:00',
  'Jan 26 2017 10:00 )',
  'Jan 26 2017 10:00 +',
];
for (const s of strings) {
  const t = Date.parse(s);
  console.log(JSON.stringify(s), t, Number.isNaN(t) ? 'Invalid Date' : new Date(t).toISOString());
}

// What toString, toUTCString and toISOString print reads back as the same time.
const d = new Date(2017, 0, 26, 10, 0, 0);
console.log(Date.parse(d.toString()) === d.getTime(), Date.parse(d.toUTCString()) === d.getTime(),
  Date.parse(d.toISOString()) === d.getTime());
console.log(new Date('2017-01-26').getTime() === Date.parse('2017-01-26'), Date.parse(), Date.parse(null));
