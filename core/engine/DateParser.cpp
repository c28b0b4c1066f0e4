// The grammar follows V8's DateParser (src/date/dateparser*.{h,cc}) rule for rule,
// since Node's Date.parse is defined by it wherever ECMA-262 leaves the format to
// the implementation.
#include "engine/DateParser.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace reachable {

namespace {

constexpr int kNone = -1;
// V8 reads at most nine significant digits of a number, so it fits in an int.
constexpr int kMaxSignificantDigits = 9;

bool between(int x, int low, int high) { return x >= low && x <= high; }
bool isMonth(int x) { return between(x, 1, 12); }
bool isDay(int x) { return between(x, 1, 31); }
bool isHour(int x) { return between(x, 0, 23); }
bool isMinute(int x) { return between(x, 0, 59); }
bool isSecond(int x) { return between(x, 0, 59); }
bool isMillisecond(int x) { return between(x, 0, 999); }

// ECMA-262's WhiteSpace and LineTerminator.
bool isWhiteSpace(char16_t c) {
  switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF: return true;
    default: return c >= 0x2000 && c <= 0x200A;
  }
}

enum class WordType : std::uint8_t { Unknown, MonthName, AmPm, ZoneName, TimeSeparator };

struct Word {
  WordType type = WordType::Unknown;
  int value = 0;
};

// The words the legacy grammar knows, by their first three letters (lower case, a
// shorter word padded with '\0'); only month names may be longer ("January").
Word lookupWord(const std::array<char16_t, 3>& prefix, int length) {
  struct Keyword {
    char text[4];
    WordType type;
    int value;
  };
  static constexpr Keyword kKeywords[] = {
      {"jan", WordType::MonthName, 1}, {"feb", WordType::MonthName, 2},  {"mar", WordType::MonthName, 3},
      {"apr", WordType::MonthName, 4}, {"may", WordType::MonthName, 5},  {"jun", WordType::MonthName, 6},
      {"jul", WordType::MonthName, 7}, {"aug", WordType::MonthName, 8},  {"sep", WordType::MonthName, 9},
      {"oct", WordType::MonthName, 10}, {"nov", WordType::MonthName, 11}, {"dec", WordType::MonthName, 12},
      {"am", WordType::AmPm, 0},       {"pm", WordType::AmPm, 12},       {"ut", WordType::ZoneName, 0},
      {"utc", WordType::ZoneName, 0},  {"z", WordType::ZoneName, 0},     {"gmt", WordType::ZoneName, 0},
      {"cdt", WordType::ZoneName, -5}, {"cst", WordType::ZoneName, -6},  {"edt", WordType::ZoneName, -4},
      {"est", WordType::ZoneName, -5}, {"mdt", WordType::ZoneName, -6},  {"mst", WordType::ZoneName, -7},
      {"pdt", WordType::ZoneName, -7}, {"pst", WordType::ZoneName, -8},  {"t", WordType::TimeSeparator, 0},
  };
  for (const Keyword& k : kKeywords) {
    bool same = true;
    for (int i = 0; i < 3; ++i) same = same && prefix[i] == static_cast<char16_t>(k.text[i]);
    if (same && (length <= 3 || k.type == WordType::MonthName)) return {k.type, k.value};
  }
  return {};
}

struct Token {
  enum class Kind : std::uint8_t { Number, Symbol, Word, Space, Unknown, End, Invalid };
  Kind kind = Kind::Invalid;
  int number = 0;  // a number's value, a word's keyword value
  int length = 0;  // digits of a number, letters of a word
  char16_t symbol = 0;
  WordType word = WordType::Unknown;

  bool isNumber() const { return kind == Kind::Number; }
  bool isFixedLengthNumber(int digits) const { return isNumber() && length == digits; }
  bool isSymbol(char16_t c) const { return kind == Kind::Symbol && symbol == c; }
  bool isSign() const { return isSymbol(u'+') || isSymbol(u'-'); }
  int sign() const { return symbol == u'-' ? -1 : 1; }
  bool isWord(WordType type) const { return kind == Kind::Word && word == type; }
  bool isZ() const { return isWord(WordType::ZoneName) && length == 1; }
  bool isEnd() const { return kind == Kind::End; }
};

// Splits the string into numbers, the symbols : - + . ), words, white space and
// parenthesised comments, with one token of look-ahead.
class Scanner {
 public:
  explicit Scanner(std::u16string_view text) : text_(text) { next_ = scan(); }

  const Token& peek() const { return next_; }
  Token next() {
    Token current = next_;
    next_ = scan();
    return current;
  }
  bool skipSymbol(char16_t c) {
    if (!next_.isSymbol(c)) return false;
    next();
    return true;
  }

 private:
  char16_t ch() const { return pos_ < text_.size() ? text_[pos_] : 0; }
  bool atEnd() const { return pos_ >= text_.size(); }
  bool isDigit() const { return !atEnd() && ch() >= u'0' && ch() <= u'9'; }

  Token scan() {
    Token t;
    if (atEnd()) return t.kind = Token::Kind::End, t;
    if (isDigit()) return scanNumber();
    for (char16_t c : u":-+.)") {
      if (ch() == c) {
        ++pos_;
        t.kind = Token::Kind::Symbol;
        t.symbol = c;
        return t;
      }
    }
    // Anything from 'A' up that is not white space makes words, as in V8.
    if (ch() >= u'A' && !isWhiteSpace(ch())) return scanWord();
    t.kind = Token::Kind::Unknown;
    if (isWhiteSpace(ch())) {
      ++pos_;
      t.kind = Token::Kind::Space;
    } else if (ch() == u'(') {
      skipParentheses();
    } else {
      ++pos_;
    }
    return t;
  }

  Token scanNumber() {
    Token t;
    t.kind = Token::Kind::Number;
    for (; isDigit(); ++pos_, ++t.length) {
      if (t.length < kMaxSignificantDigits) t.number = t.number * 10 + (ch() - u'0');
    }
    return t;
  }

  Token scanWord() {
    std::array<char16_t, 3> prefix{};
    int length = 0;
    for (; !atEnd() && ch() >= u'A' && !isWhiteSpace(ch()); ++pos_, ++length) {
      if (length < 3) prefix[static_cast<std::size_t>(length)] = ch() | 0x20;
    }
    Word word = lookupWord(prefix, length);
    Token t;
    t.kind = Token::Kind::Word;
    t.word = word.type;
    t.number = word.value;
    t.length = length;
    return t;
  }

  void skipParentheses() {
    int depth = 0;
    do {
      if (ch() == u')') --depth;
      if (ch() == u'(') ++depth;
      ++pos_;
    } while (depth > 0 && !atEnd());
  }

  std::u16string_view text_;
  std::size_t pos_ = 0;
  Token next_;
};

// The first three significant digits of a fraction of a second: "5" is 500 ms,
// "1234" is 123.
int readMilliseconds(const Token& t) {
  int number = t.number;
  if (t.length == 1) return number * 100;
  if (t.length == 2) return number * 10;
  for (int length = std::min(t.length, kMaxSignificantDigits); length > 3; --length) number /= 10;
  return number;
}

// Year, month and day as they are read, put in order at the end.
class DayComposer {
 public:
  bool add(int n) {
    if (count_ == 3) return false;
    parts_[count_++] = n;
    return true;
  }
  void setNamedMonth(int month) { namedMonth_ = month; }
  void setIsoDate() { iso_ = true; }
  bool empty() const { return count_ == 0; }

  bool write(ParsedDate& out) {
    if (count_ < 1) return false;
    // Missing parts are 1; V8 fills them before it looks at the count, so the
    // count is always 3 below (which makes "Jan 26" the year 2001).
    while (count_ < 3) parts_[count_++] = 1;
    int year = 0, month = kNone, day = kNone;
    if (namedMonth_ == kNone) {
      if (iso_ || !isDay(parts_[0])) {
        year = parts_[0], month = parts_[1], day = parts_[2];
      } else {
        month = parts_[0], day = parts_[1], year = parts_[2];
      }
    } else {
      month = namedMonth_;
      if (!isDay(parts_[0])) {
        year = parts_[0], day = parts_[1];
      } else {
        day = parts_[0], year = parts_[1];
      }
    }
    if (!iso_) {
      if (between(year, 0, 49)) year += 2000;
      else if (between(year, 50, 99)) year += 1900;
    }
    if (!isMonth(month) || !isDay(day)) return false;
    out.year = year;
    out.month = month - 1;
    out.day = day;
    return true;
  }

 private:
  std::array<int, 3> parts_{};
  int count_ = 0;
  int namedMonth_ = kNone;
  bool iso_ = false;
};

// Hour, minute, second and millisecond, with an AM/PM offset.
class TimeComposer {
 public:
  bool empty() const { return count_ == 0; }
  bool add(int n) {
    if (count_ == 4) return false;
    parts_[count_++] = n;
    return true;
  }
  // Adds the last part that was given; the rest are 0.
  bool addFinal(int n) {
    if (!add(n)) return false;
    while (count_ < 4) parts_[count_++] = 0;
    return true;
  }
  // Whether n can be the next part after an hour.
  bool isExpecting(int n) const {
    return (count_ == 1 && isMinute(n)) || (count_ == 2 && isSecond(n)) || (count_ == 3 && isMillisecond(n));
  }
  void setHourOffset(int offset) { hourOffset_ = offset; }

  bool write(ParsedDate& out) {
    while (count_ < 4) parts_[count_++] = 0;
    int& hour = parts_[0];
    if (hourOffset_ != kNone) {
      if (!between(hour, 0, 12)) return false;
      hour = hour % 12 + hourOffset_;
    }
    const int minute = parts_[1], second = parts_[2], ms = parts_[3];
    bool valid = isHour(hour) && isMinute(minute) && isSecond(second) && isMillisecond(ms);
    // 24:00:00.000 is the end of the day.
    if (!valid && !(hour == 24 && minute == 0 && second == 0 && ms == 0)) return false;
    out.hour = hour, out.minute = minute, out.second = second, out.millisecond = ms;
    return true;
  }

 private:
  std::array<int, 4> parts_{};
  int count_ = 0;
  int hourOffset_ = kNone;
};

// A UTC offset: a sign, hours and minutes.
class ZoneComposer {
 public:
  void setHours(int signedHours) {
    sign_ = signedHours < 0 ? -1 : 1;
    hour_ = signedHours * sign_;
    minute_ = 0;
  }
  void setSign(int sign) { sign_ = sign < 0 ? -1 : 1; }
  void setAbsoluteHour(int hour) { hour_ = hour; }
  void setAbsoluteMinute(int minute) { minute_ = minute; }
  bool isExpecting(int n) const { return hour_ != kNone && minute_ == kNone && isMinute(n); }
  bool isUtc() const { return hour_ == 0 && minute_ == 0; }
  bool empty() const { return hour_ == kNone; }

  bool write(ParsedDate& out) const {
    if (sign_ == 0) return true;
    double seconds = (hour_ == kNone ? 0 : hour_) * 3600.0 + (minute_ == kNone ? 0 : minute_) * 60.0;
    // V8 keeps the offset in a small integer.
    if (seconds > 1073741823) return false;
    out.utcOffsetSeconds = sign_ * seconds;
    return true;
  }

 private:
  int sign_ = 0;  // none yet
  int hour_ = kNone;
  int minute_ = kNone;
};

struct Composers {
  DayComposer day;
  TimeComposer time;
  ZoneComposer zone;
};

Token invalid() { return Token{}; }

// The time and offset of the date time string format, after its "T": hh:mm[:ss[.sss]]
// then Z, ±hh:mm or ±hhmm, then the end. Any deviation is an invalid string.
Token parseIsoTime(Scanner& in, Composers& c) {
  if (!in.peek().isFixedLengthNumber(2) || !between(in.peek().number, 0, 24)) return invalid();
  // 24:00[:00[.000]] is allowed, no other time in the 24th hour.
  const bool hour24 = in.peek().number == 24;
  c.time.add(in.next().number);
  auto nextPart = [&](bool (*valid)(int)) {
    return in.peek().isFixedLengthNumber(2) && valid(in.peek().number) && !(hour24 && in.peek().number > 0);
  };
  if (!in.skipSymbol(u':') || !nextPart(isMinute)) return invalid();
  c.time.add(in.next().number);
  if (in.skipSymbol(u':')) {
    if (!nextPart(isSecond)) return invalid();
    c.time.add(in.next().number);
    if (in.skipSymbol(u'.')) {
      if (!in.peek().isNumber() || (hour24 && in.peek().number > 0)) return invalid();
      c.time.add(readMilliseconds(in.next()));
    }
  }
  if (in.peek().isZ()) {
    in.next();
    c.zone.setHours(0);
  } else if (in.peek().isSign()) {
    c.zone.setSign(in.next().sign());
    if (in.peek().isFixedLengthNumber(4)) {
      int hhmm = in.next().number;
      if (!isHour(hhmm / 100) || !isMinute(hhmm % 100)) return invalid();
      c.zone.setAbsoluteHour(hhmm / 100);
      c.zone.setAbsoluteMinute(hhmm % 100);
    } else {
      if (!in.peek().isFixedLengthNumber(2) || !isHour(in.peek().number)) return invalid();
      c.zone.setAbsoluteHour(in.next().number);
      if (!in.skipSymbol(u':') || !in.peek().isFixedLengthNumber(2) || !isMinute(in.peek().number)) {
        return invalid();
      }
      c.zone.setAbsoluteMinute(in.next().number);
    }
  }
  if (!in.peek().isEnd()) return invalid();
  return in.peek();
}

// The date time string format: [±yy]yyyy[-MM[-DD]][Thh:mm…]. Returns the end when the
// whole string was in that format, an invalid token when it broke the format past
// its "T", or else the first token it did not take, where the legacy grammar goes on.
Token parseIsoDateTime(Scanner& in, Composers& c) {
  if (in.peek().isSign()) {
    Token sign = in.next();
    if (!in.peek().isFixedLengthNumber(6)) return sign;
    int year = in.next().number;
    // -000000 is not a year.
    if (sign.sign() < 0 && year == 0) return sign;
    c.day.add(sign.sign() * year);
  } else if (in.peek().isFixedLengthNumber(4)) {
    c.day.add(in.next().number);
  } else {
    return in.next();
  }
  if (in.skipSymbol(u'-')) {
    if (!in.peek().isFixedLengthNumber(2) || !isMonth(in.peek().number)) return in.next();
    c.day.add(in.next().number);
    if (in.skipSymbol(u'-')) {
      if (!in.peek().isFixedLengthNumber(2) || !isDay(in.peek().number)) return in.next();
      c.day.add(in.next().number);
    }
  }
  if (in.peek().isWord(WordType::TimeSeparator)) {
    in.next();
    Token end = parseIsoTime(in, c);
    if (!end.isEnd()) return end;
  } else if (!in.peek().isEnd()) {
    return in.next();
  }
  // "When the time zone offset is absent, date-only forms are interpreted as a UTC
  // time and date-time forms are interpreted as a local time."
  if (c.zone.empty() && c.time.empty()) c.zone.setHours(0);
  c.day.setIsoDate();
  return in.peek();
}

// A number in the legacy grammar: part of a time when a colon or dot follows, else
// the minutes of an offset, the last part of a time, or part of the date.
bool legacyNumber(Scanner& in, Composers& c, int n) {
  if (in.skipSymbol(u':')) {
    if (in.skipSymbol(u':')) {
      // "n::" is an hour and a zero minute.
      if (!c.time.empty()) return false;
      c.time.add(n);
      c.time.add(0);
      return true;
    }
    if (!c.time.add(n)) return false;
    if (in.peek().isSymbol(u'.')) in.next();
    return true;
  }
  // A dot is taken whether or not it makes milliseconds, as in V8.
  if (in.skipSymbol(u'.') && c.time.isExpecting(n)) {
    c.time.add(n);
    if (!in.peek().isNumber()) return false;
    c.time.addFinal(readMilliseconds(in.next()));
    return true;
  }
  if (c.zone.isExpecting(n)) {
    c.zone.setAbsoluteMinute(n);
    return true;
  }
  if (c.time.isExpecting(n)) {
    c.time.addFinal(n);
    // The end of a time must be followed by the end, white space, Z or a sign.
    const Token& after = in.peek();
    return after.isEnd() || after.kind == Token::Kind::Space || after.isZ() || after.isSign();
  }
  if (!c.day.add(n)) return false;
  in.skipSymbol(u'-');
  return true;
}

// A signed offset after "GMT" or a time: ±h, ±hh, ±hmm, ±hhmm, or ±hh followed by ":mm".
bool legacyOffset(Scanner& in, Composers& c, const Token& sign) {
  c.zone.setSign(sign.sign());
  int n = 0, length = 0;
  if (in.peek().isNumber()) {
    Token number = in.next();
    n = number.number;
    length = number.length;
  }
  if (in.peek().isSymbol(u':')) {
    c.zone.setAbsoluteHour(n);
    c.zone.setAbsoluteMinute(kNone);
  } else if (length == 1 || length == 2) {
    c.zone.setAbsoluteHour(n);
    c.zone.setAbsoluteMinute(0);
  } else if (length == 3 || length == 4) {
    c.zone.setAbsoluteHour(n / 100);
    c.zone.setAbsoluteMinute(n % 100);
  } else {
    return false;
  }
  return true;
}

bool parseLegacy(Scanner& in, Composers& c, Token token) {
  bool readNumber = !c.day.empty();
  for (; !token.isEnd(); token = in.next()) {
    if (token.isNumber()) {
      readNumber = true;
      if (!legacyNumber(in, c, token.number)) return false;
    } else if (token.kind == Token::Kind::Word) {
      if (token.word == WordType::AmPm && !c.time.empty()) {
        c.time.setHourOffset(token.number);
      } else if (token.word == WordType::MonthName) {
        c.day.setNamedMonth(token.number);
        in.skipSymbol(u'-');
      } else if (token.word == WordType::ZoneName && readNumber) {
        c.zone.setHours(token.number);
      } else if (readNumber || in.peek().isNumber()) {
        // Unknown words may only come before the first number, and apart from it.
        return false;
      }
    } else if (token.isSign() && (c.zone.isUtc() || !c.time.empty())) {
      readNumber = true;
      if (!legacyOffset(in, c, token)) return false;
    } else if ((token.isSign() || token.isSymbol(u')')) && readNumber) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<ParsedDate> parseDateString(std::u16string_view text) {
  Scanner in(text);
  Composers c;
  Token next = parseIsoDateTime(in, c);
  if (next.kind == Token::Kind::Invalid) return std::nullopt;
  if (!next.isEnd() && !parseLegacy(in, c, next)) return std::nullopt;
  ParsedDate out;
  if (!c.day.write(out) || !c.time.write(out) || !c.zone.write(out)) return std::nullopt;
  return out;
}

}  // namespace reachable
