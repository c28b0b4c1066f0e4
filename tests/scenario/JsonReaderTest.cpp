#include "scenario/JsonReader.h"

#include <gtest/gtest.h>

#include <string>

namespace reachable {
namespace {

JsonValue read(std::string_view text) {
  auto result = readJson(text);
  if (auto* error = std::get_if<JsonSyntaxError>(&result)) {
    ADD_FAILURE() << error->place.line << ":" << error->place.column << ": " << error->message;
    return {};
  }
  return std::get<JsonValue>(result);
}

// "LINE:COL: message" of the syntax error, or "no error".
std::string errorOf(std::string_view text) {
  auto result = readJson(text);
  auto* error = std::get_if<JsonSyntaxError>(&result);
  if (!error) return "no error";
  return std::to_string(error->place.line) + ":" + std::to_string(error->place.column) + ": " + error->message;
}

TEST(JsonReader, RecordsWhereEachKeyAndValueStarts) {
  const JsonValue root = read("{\n  \"a\": [1, true],\n\t\"b\" : null\n}");
  ASSERT_EQ(root.kind, JsonValue::Kind::Object);
  ASSERT_EQ(root.members.size(), 2u);
  EXPECT_EQ(root.members[0].keyPlace.line, 2u);
  EXPECT_EQ(root.members[0].keyPlace.column, 3u);
  EXPECT_EQ(root.members[0].value.items[1].place.column, 12u);
  EXPECT_EQ(root.members[1].keyPlace.line, 3u);
  EXPECT_EQ(root.members[1].keyPlace.column, 2u);  // a tab is one column
  EXPECT_EQ(root.members[1].value.place.column, 8u);
}

TEST(JsonReader, ColumnsCountCodePointsNotBytes) {
  const JsonValue root = read("[\"é€😀\", 1]");
  EXPECT_EQ(root.items[0].text, "é€😀");
  EXPECT_EQ(root.items[1].place.column, 9u);
}

TEST(JsonReader, DecodesEscapesAndSurrogatePairs) {
  const JsonValue root = read(R"(["\"\\\/\b\f\n\r\t", "\u00e9\ud83d\ude00"])");
  EXPECT_EQ(root.items[0].text, "\"\\/\b\f\n\r\t");
  EXPECT_EQ(root.items[1].text, "é😀");
}

TEST(JsonReader, ReadsNumbersAsWritten) {
  const JsonValue root = read("[0, -12, 1.5e3, 2E-1]");
  EXPECT_EQ(root.items[1].number, -12);
  EXPECT_EQ(root.items[2].number, 1500);
  EXPECT_EQ(root.items[3].text, "2E-1");
}

TEST(JsonReader, SkipsAByteOrderMark) { EXPECT_EQ(read("\xEF\xBB\xBF[1]").items[0].place.column, 2u); }

TEST(JsonReader, SaysWhatWasExpected) {
  EXPECT_EQ(errorOf(""), "1:1: expected a JSON value, found the end of the file");
  EXPECT_EQ(errorOf("{\"a\": 1"), "1:8: expected ',' or '}' after an object member, found the end of the file");
  EXPECT_EQ(errorOf("[1 2]"), "1:4: expected ',' or ']' after an array element, found '2'");
  EXPECT_EQ(errorOf("{\"a\" 1}"), "1:6: expected ':' after the key, found '1'");
  EXPECT_EQ(errorOf("{a: 1}"), "1:2: expected a key in double quotes, found 'a'");
  EXPECT_EQ(errorOf("{\"a\": 1,}"), "1:9: expected a key in double quotes, found '}'");
  EXPECT_EQ(errorOf("[1,]"), "1:4: expected a JSON value, found ']'");
  EXPECT_EQ(errorOf("[tru]"), "1:2: expected a JSON value, found 't'");
  EXPECT_EQ(errorOf("[1] [2]"), "1:5: expected the end of the file after the JSON value, found '['");
  EXPECT_EQ(errorOf("[«]"), "1:2: expected a JSON value, found '«'");
}

TEST(JsonReader, RefusesWhatRfc8259Refuses) {
  EXPECT_EQ(errorOf("[01]"), "1:3: expected ',' or ']' after an array element, found '1'");
  EXPECT_EQ(errorOf("[1.]"), "1:4: expected a digit, found ']'");
  EXPECT_EQ(errorOf("[-]"), "1:3: expected a digit, found ']'");
  EXPECT_EQ(errorOf("[+1]"), "1:2: expected a JSON value, found '+'");
  EXPECT_EQ(errorOf("[\"a\nb\"]"), "1:4: expected '\"' or an escape, found a control character (U+000A)");
  EXPECT_EQ(errorOf("[\"\\x\"]"), "1:3: invalid escape '\\x' in a string");
  EXPECT_EQ(errorOf("[\"\\u12g4\"]"), "1:7: expected 4 hexadecimal digits after '\\u', found 'g'");
  EXPECT_EQ(errorOf("[\"\\ud800\"]"), "1:3: lone surrogate in a \\u escape");
  EXPECT_EQ(errorOf("[\"\\udc00\"]"), "1:3: lone surrogate in a \\u escape");
}

TEST(JsonReader, ATruncatedStringPointsAtItsStart) {
  EXPECT_EQ(errorOf("{\n  \"a\": \"abc"), "2:8: unterminated string: expected '\"' before the end of the file");
}

TEST(JsonReader, NestingIsLimited) {
  const std::string deepest = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  EXPECT_EQ(errorOf(deepest), "no error");
  const std::string tooDeep = std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  EXPECT_EQ(errorOf(tooDeep), "1:65: JSON nested deeper than 64 levels");
  EXPECT_EQ(errorOf(std::string(100000, '[')), "1:65: JSON nested deeper than 64 levels");
}

}  // namespace
}  // namespace reachable
