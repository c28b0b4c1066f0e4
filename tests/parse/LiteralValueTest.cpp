// Numbers, strings and identifiers: exact values and edge cases.
#include "ParseTestSupport.h"

#include "text/Utf8.h"

#include <gtest/gtest.h>
#include <cmath>
#include <limits>

namespace reachable::test {
namespace {

Node* firstExpression(const ParseResult& result) { return result.program->body[0]->as<ValueStatement>()->value; }

double numberValue(const std::string& source) {
  const ParseResult result = parseProgram(source + ";");
  EXPECT_TRUE(result.ok()) << source;
  if (!result.ok()) return std::nan("");
  return firstExpression(result)->as<NumberLiteral>()->value;
}

std::u16string stringValue(const std::string& source) {
  const ParseResult result = parseProgram(source + ";");
  EXPECT_TRUE(result.ok()) << source;
  if (!result.ok()) return u"<error>";
  return std::u16string(firstExpression(result)->as<StringLiteral>()->value);
}

TEST(NumericLiteral, DecimalValuesAreExact) {
  EXPECT_EQ(numberValue("0.1"), 0.1);
  EXPECT_EQ(numberValue("1e21"), 1e21);
  EXPECT_EQ(numberValue("9007199254740993"), 9007199254740992.0);  // ties to even
  EXPECT_EQ(numberValue("9007199254740995"), 9007199254740996.0);
  EXPECT_EQ(numberValue(".5"), 0.5);
  EXPECT_EQ(numberValue("5."), 5.0);
  EXPECT_EQ(numberValue("1.7976931348623157e308"), std::numeric_limits<double>::max());
  EXPECT_EQ(numberValue("1e400"), std::numeric_limits<double>::infinity());
  EXPECT_EQ(numberValue("5e-324"), std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(numberValue("1e-400"), 0.0);
  EXPECT_EQ(numberValue("1_000_000.000_1"), 1000000.0001);
  EXPECT_EQ(numberValue("1E+2"), 100.0);
}

TEST(NumericLiteral, RadixValuesAreExact) {
  EXPECT_EQ(numberValue("0x1F"), 31.0);
  EXPECT_EQ(numberValue("0o17"), 15.0);
  EXPECT_EQ(numberValue("0b1010"), 10.0);
  EXPECT_EQ(numberValue("0xff_ff"), 65535.0);
  EXPECT_EQ(numberValue("0x20000000000001"), 9007199254740992.0);  // 2^53 + 1 rounds to even
  EXPECT_EQ(numberValue("0x20000000000003"), 9007199254740996.0);
  EXPECT_EQ(numberValue("0x1fffffffffffff1"), 144115188075855856.0);
  EXPECT_EQ(numberValue("0x1000000000000000000000001"), std::ldexp(1.0, 96));
  // Beyond 64 bits: a tie rounds to even, anything past the tie rounds up.
  EXPECT_EQ(numberValue("0x10000000000000800000000000"), std::ldexp(1.0, 100));
  EXPECT_EQ(numberValue("0x10000000000000800000000001"), std::ldexp(1.0, 100) + std::ldexp(1.0, 48));
  EXPECT_EQ(numberValue("0x10000000000001800000000000"), std::ldexp(1.0, 100) + std::ldexp(1.0, 49));
}

TEST(NumericLiteral, FormattingFollowsNumberToString) {
  EXPECT_EQ(formatNumber(1e21), "1e+21");
  EXPECT_EQ(formatNumber(1e20), "100000000000000000000");
  EXPECT_EQ(formatNumber(1e-7), "1e-7");
  EXPECT_EQ(formatNumber(0.000001), "0.000001");
  EXPECT_EQ(formatNumber(-1.5), "-1.5");
  EXPECT_EQ(formatNumber(123.456), "123.456");
  EXPECT_EQ(formatNumber(5e-324), "5e-324");
}

TEST(NumericLiteral, Errors) {
  EXPECT_EQ(parseToText("010"), "1:1 SyntaxError: Octal literals are not allowed in strict mode.");
  EXPECT_EQ(parseToText("09.5"), "1:1 SyntaxError: Decimals with leading zeros are not allowed in strict mode.");
  EXPECT_EQ(parseToText("1_"), "1:3 SyntaxError: Numeric separators are not allowed at the end of numeric literals");
  EXPECT_EQ(parseToText("1._5"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("1e"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("0b2"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("0x"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("1.toString()"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("1.5n"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("1e3n"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("01n"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("1n_"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("1_n"), "1:3 SyntaxError: Numeric separators are not allowed at the end of numeric literals");
  EXPECT_EQ(parseToText("1nn"), "1:1 SyntaxError: Invalid or unexpected token");
}

// A BigInt literal keeps its digits with their radix prefix and without separators;
// the engine reads them with GMP.
TEST(BigIntLiteral, Digits) {
  EXPECT_EQ(parseToText("1n"), "(expr 1n)");
  EXPECT_EQ(parseToText("0n"), "(expr 0n)");
  EXPECT_EQ(parseToText("0x1Fn"), "(expr 0x1Fn)");
  EXPECT_EQ(parseToText("0xabcdef01n"), "(expr 0xabcdef01n)");
  EXPECT_EQ(parseToText("0XE_En"), "(expr 0xEEn)");
  EXPECT_EQ(parseToText("0O17n"), "(expr 0o17n)");
  EXPECT_EQ(parseToText("0b1_01n"), "(expr 0b101n)");
  EXPECT_EQ(parseToText("1_000_000n"), "(expr 1000000n)");
  EXPECT_EQ(parseToText("-123456789012345678901234567890n"), "(expr (- 123456789012345678901234567890n))");
  EXPECT_EQ(parseToText("1n.toString()"), "(expr (call (. 1n toString)))");
}

TEST(StringLiteral, Escapes) {
  EXPECT_EQ(stringValue(R"("\x41\u0042\u{43}\u{1F600}")"), u"ABC\U0001F600");
  EXPECT_EQ(stringValue(R"("\0\b\f\n\r\t\v")"), std::u16string(u"\0\b\f\n\r\t\v", 7));
  EXPECT_EQ(stringValue(R"("\uD800")"), std::u16string(1, char16_t{0xD800}));
  EXPECT_EQ(stringValue(R"('\'\"\\\a')"), u"'\"\\a");
  EXPECT_EQ(stringValue("\"line \\\ncontinued\""), u"line continued");
  EXPECT_EQ(stringValue("\"crlf \\\r\ncontinued\""), u"crlf continued");
  EXPECT_EQ(stringValue("\"\u2028\u2029\""), u"\u2028\u2029");
  EXPECT_EQ(stringValue("\"é😀\""), u"é😀");
}

TEST(StringLiteral, Errors) {
  EXPECT_EQ(parseToText(R"("\1")"), "1:3 SyntaxError: Octal escape sequences are not allowed in strict mode.");
  EXPECT_EQ(parseToText(R"("\00")"), "1:3 SyntaxError: Octal escape sequences are not allowed in strict mode.");
  EXPECT_EQ(parseToText(R"("\9")"), "1:2 SyntaxError: \\8 and \\9 are not allowed in strict mode.");
  EXPECT_EQ(parseToText(R"("\x4")"), "1:2 SyntaxError: Invalid hexadecimal escape sequence");
  EXPECT_EQ(parseToText(R"("\u{}")"), "1:5 SyntaxError: Invalid Unicode escape sequence");
  EXPECT_EQ(parseToText(R"("\u12")"), "1:6 SyntaxError: Invalid Unicode escape sequence");
  EXPECT_EQ(parseToText(R"("\u{110000}")"), "1:2 SyntaxError: Undefined Unicode code-point");
  EXPECT_EQ(parseToText("\"abc"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("\"a\nb\""), "1:1 SyntaxError: Invalid or unexpected token");
}

TEST(Identifier, UnicodeAndEscapes) {
  EXPECT_EQ(parseToText("ünïcödé; ℘; _$; \\u0061bc; x\\u{62}; 𝑥; ゆ; a\u200Db;"),
            "(expr ünïcödé) (expr ℘) (expr _$) (expr abc) (expr xb) (expr 𝑥) (expr ゆ) (expr a\u200Db)");
  EXPECT_EQ(parseToText("var \\u0069f;"), "1:5 SyntaxError: Keyword must not contain escaped characters");
  EXPECT_EQ(parseToText("\\u0030x"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("x\\u0020"), "1:1 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("a.\\u0069f; ({ \\u0069f: 1 });"), "(expr (. a if)) (expr (object (init if 1)))");
  EXPECT_EQ(parseToText("ⸯ"), "1:1 SyntaxError: Invalid or unexpected token");  // U+2E2F is Pattern_Syntax
  EXPECT_EQ(parseToText("℘x; ℮"), "(expr ℘x) (expr ℮)");                        // Other_ID_Start
  EXPECT_EQ(parseToText("a·b"), "(expr a·b)");                                  // Other_ID_Continue
}

TEST(SourceText, LineTerminatorsAndColumns) {
  EXPECT_EQ(parseToText("a\r\nlet a;\nlet a;"), "3:5 SyntaxError: Identifier 'a' has already been declared");
  EXPECT_EQ(parseToText("let a;\u2028let a;"), "2:5 SyntaxError: Identifier 'a' has already been declared");
  EXPECT_EQ(parseToText("'é😀'; let a; let a;"), "1:18 SyntaxError: Identifier 'a' has already been declared");
  EXPECT_EQ(parseToText("#!/usr/bin/env node\nx"), "(expr x)");
  EXPECT_EQ(parseToText("x\n#!no"), "2:1 SyntaxError: Invalid or unexpected token");
}

TEST(SourceText, InvalidUtf8IsLocated) {
  const auto bad = utf8::findInvalid("ab\ncd\xC3(x");
  ASSERT_TRUE(bad.has_value());
  EXPECT_EQ(bad->line, 2u);
  EXPECT_EQ(bad->column, 3u);
  EXPECT_FALSE(utf8::findInvalid("é😀").has_value());
  EXPECT_TRUE(utf8::findInvalid("\xED\xA0\x80").has_value());  // an encoded surrogate
  EXPECT_TRUE(utf8::findInvalid("\xC0\xAF").has_value());      // overlong
  EXPECT_EQ(parseToText("x = '\xFF';"), "1:6 SyntaxError: Invalid or unexpected token");
  EXPECT_EQ(parseToText("x\xFF"), "1:2 SyntaxError: Invalid or unexpected token");
}

}  // namespace
}  // namespace reachable::test
