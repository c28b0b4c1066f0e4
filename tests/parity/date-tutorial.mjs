// TZ=Europe/Berlin
// The examples of javascript.info, "Date and time"
// (https://javascript.info/date, CC BY-NC-SA), verbatim where they keep off the
// current time; `alert` prints String(value), as in the tutorial's browser.
const alert = (value) => console.log(String(value));

{
  // 0 means 01.01.1970 UTC+0
  let Jan01_1970 = new Date(0);
  alert( Jan01_1970 );

  // now add 24 hours, get 02.01.1970 UTC+0
  let Jan02_1970 = new Date(24 * 3600 * 1000);
  alert( Jan02_1970 );
}
{
  // 31 Dec 1969
  let Dec31_1969 = new Date(-24 * 3600 * 1000);
  alert( Dec31_1969 );
}
{
  let date = new Date("2017-01-26");
  alert(date);
}
{
  new Date(2011, 0, 1, 0, 0, 0, 0); // 1 Jan 2011, 00:00:00
  new Date(2011, 0, 1); // the same, hours etc are 0 by default
  console.log(new Date(2011, 0, 1, 0, 0, 0, 0).getTime() === new Date(2011, 0, 1).getTime());
}
{
  let date = new Date(2011, 0, 1, 2, 3, 4, 567);
  alert( date ); // 1.01.2011, 02:03:04.567
}
{
  let date = new Date(2013, 0, 32); // 32 Jan 2013 ?!?
  alert(date); // ...is 1st Feb 2013!
}
{
  let date = new Date(2016, 1, 28);
  date.setDate(date.getDate() + 2);

  alert( date ); // 1 Mar 2016
}
{
  let date = new Date(2016, 0, 2); // 2 Jan 2016

  date.setDate(1); // set day 1 of month
  alert( date );

  date.setDate(0); // min day is 1, so the last day of the previous month is assumed
  alert( date ); // 31 Dec 2015
}
{
  function diffSubtract(date1, date2) {
    return date2 - date1;
  }

  function diffGetTime(date1, date2) {
    return date2.getTime() - date1.getTime();
  }
  let date1 = new Date(0);
  let date2 = new Date(2017, 0, 26);
  console.log(diffSubtract(date1, date2), diffGetTime(date1, date2));
}
{
  let ms = Date.parse('2012-01-26T13:51:50.417-07:00');

  alert(ms); // 1327611110417  (timestamp)
}
{
  let date = new Date( Date.parse('2012-01-26T13:51:50.417-07:00') );

  alert(date);
}
