// util.inspect sets arrays of short strings in columns by their width on a terminal,
// which Node measures with ICU: East Asian wide characters and emoji with emoji
// presentation take two columns, combining marks none.
console.log(['🥝', '🥭', '🚀', '🧠', '⌚', '⭐', '✅', '☕', 'abc', 'def', 'ghi', 'jkl']);
console.log(['日本', '한국어', 'ｱｲｳ', 'e\u0301', 'x', 'yy', 'zzz', 'w', 'v', 'u']);
console.log(['☺', '♥', '✈', '☂', '❄', '☎', 'ab', 'cd', 'ef']);
console.log(['Ａ', 'Ｂ', 'Ｃ', 'ＡＢ', 'a', 'b', 'c', 'ab', 'abc', 'abcd']);
console.log(['x\u200by', 'x\u00ady', 'xy', 'x', 'y', 'z', 'zz', 'zzz']);
console.log(['👍🏽', '👍', 'ok', 'no', 'yes', 'maybe', 'never', 'now']);
