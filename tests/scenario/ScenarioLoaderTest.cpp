#include "scenario/ScenarioLoader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace reachable {
namespace {

// Every error of loading `bytes` as s.json, formatted as the CLI prints them.
std::vector<std::string> errorsOf(std::string_view bytes, std::string_view fileName = "s.json") {
  const LoadResult result = loadScenario(fileName, bytes);
  std::vector<std::string> formatted;
  for (const ScenarioError& error : result.errors) formatted.push_back(formatScenarioError(fileName, error));
  EXPECT_EQ(result.scenario.has_value(), result.errors.empty());
  return formatted;
}

using Errors = std::vector<std::string>;

Scenario load(std::string_view bytes, std::string_view fileName = "s.json") {
  const LoadResult result = loadScenario(fileName, bytes);
  for (const ScenarioError& error : result.errors) ADD_FAILURE() << formatScenarioError(fileName, error);
  return result.scenario.value_or(Scenario{});
}

// A program of twelve lines, for the narration-line checks.
constexpr std::string_view kTwelveLines =
    R"("program": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"])";

TEST(ScenarioErrors, EmptyFile) { EXPECT_EQ(errorsOf(""), Errors{"s.json:1:1: error: the file is empty"}); }

TEST(ScenarioErrors, TruncatedJson) {
  EXPECT_EQ(errorsOf("{\n  \"program\": \"x;\""),
            Errors{"s.json:2:18: error: expected ',' or '}' after an object member, found the end of the file"});
}

TEST(ScenarioErrors, MalformedJson) {
  EXPECT_EQ(errorsOf("{\n  \"program\" \"x;\"\n}"),
            Errors{"s.json:2:13: error: expected ':' after the key, found '\"'"});
}

TEST(ScenarioErrors, NestingTooDeep) {
  const std::string deep = "{\"view\": " + std::string(64, '[') + std::string(64, ']') + "}";
  EXPECT_EQ(errorsOf(deep), Errors{"s.json:1:73: error: JSON nested deeper than 64 levels"});
}

TEST(ScenarioErrors, WrongType) {
  EXPECT_EQ(errorsOf("{\"title\": 5, \"program\": \"\"}"),
            Errors{"s.json:1:11: error: 'title' must be a string, not a number"});
}

TEST(ScenarioErrors, WrongTypeNamesTheKeyPath) {
  const std::string json = std::string("{") + std::string(kTwelveLines) +
                           ",\n\"narration\": [{\"line\": 1, \"text\": \"a\"}, {\"line\": 2, \"text\": \"b\"},\n"
                           "  {\"line\": \"3\", \"text\": \"c\"}]}";
  EXPECT_EQ(errorsOf(json), Errors{"s.json:3:12: error: 'narration[2].line' must be an integer, not a string"});
}

TEST(ScenarioErrors, MissingProgram) {
  EXPECT_EQ(errorsOf("{\"title\": \"t\"}"), Errors{"s.json:1:1: error: missing 'program'"});
}

TEST(ScenarioErrors, MissingNestedKey) {
  EXPECT_EQ(errorsOf("{\"program\": \"\",\n \"source\": {\"title\": \"t\"}}"),
            Errors{"s.json:2:12: error: missing 'source.url'"});
}

TEST(ScenarioErrors, WithoutAProgramLinesAreNotCounted) {
  EXPECT_EQ(errorsOf("{\"narration\": [{\"line\": 7, \"text\": \"a\"}]}"),
            Errors{"s.json:1:1: error: missing 'program'"});
  EXPECT_EQ(errorsOf("{\"program\": 1, \"labels\": [{\"line\": 7, \"label\": \"a\"}]}"),
            Errors{"s.json:1:13: error: 'program' must be a string or an array of strings, not a number"});
}

TEST(ScenarioErrors, NarrationOnALineThatDoesNotExist) {
  const std::string json =
      std::string("{") + std::string(kTwelveLines) + ",\n\"narration\": [{\"line\": 40, \"text\": \"a\"}]}";
  EXPECT_EQ(errorsOf(json),
            Errors{"s.json:2:24: error: narration[0].line: line 40 does not exist (the program has 12 lines)"});
}

TEST(ScenarioErrors, EventNarrationAndLabelsAreCheckedToo) {
  const std::string json =
      "{\"program\": \"x;\",\n"
      "\"narration\": [{\"event\": \"collected\", \"line\": 2, \"text\": \"a\"}],\n"
      "\"labels\": [{\"line\": 3, \"label\": \"b\"}]}";
  EXPECT_EQ(errorsOf(json),
            (Errors{"s.json:2:46: error: narration[0].line: line 2 does not exist (the program has 1 line)",
                    "s.json:3:21: error: labels[0].line: line 3 does not exist (the program has 1 line)"}));
}

TEST(ScenarioErrors, UnknownKeyWithANearMiss) {
  EXPECT_EQ(errorsOf("{\"titel\": \"t\", \"program\": \"\"}"),
            Errors{"s.json:1:2: error: unknown key 'titel' (did you mean 'title'?)"});
}

TEST(ScenarioErrors, UnknownNestedKey) {
  EXPECT_EQ(errorsOf("{\"program\": \"x\", \"narration\": [{\"line\": 1, \"txt\": \"a\"}]}"),
            (Errors{"s.json:1:32: error: missing 'narration[0].text'",
                    "s.json:1:44: error: unknown key 'narration[0].txt' (did you mean 'text'?)"}));
}

TEST(ScenarioErrors, UnknownKeyFarFromAnyKnownOne) {
  EXPECT_EQ(errorsOf("{\"colour\": \"red\", \"program\": \"\"}"), Errors{"s.json:1:2: error: unknown key 'colour'"});
}

TEST(ScenarioErrors, DuplicateKey) {
  EXPECT_EQ(errorsOf("{\"program\": \"\",\n \"program\": \"\"}"), Errors{"s.json:2:2: error: duplicate key 'program'"});
}

TEST(ScenarioErrors, NotUtf8) {
  EXPECT_EQ(errorsOf("{\n  \"title\": \"caf\xE9\",\n  \"program\": \"\"\n}"),
            Errors{"s.json:2:16: error: the file is not UTF-8 (byte 0xE9 cannot be decoded)"});
}

TEST(ScenarioErrors, NotUtf8InAPlainProgram) {
  EXPECT_EQ(errorsOf("let a = 1;\nlet é = \xFF;", "a.mjs"),
            Errors{"a.mjs:2:9: error: the file is not UTF-8 (byte 0xFF cannot be decoded)"});
}

TEST(ScenarioErrors, NotAnObject) {
  EXPECT_EQ(errorsOf("\n  [\"program\"]"), Errors{"s.json:2:3: error: a scenario must be a JSON object, not an array"});
}

TEST(ScenarioErrors, ProgramOfTheWrongType) {
  EXPECT_EQ(errorsOf("{\"program\": 42}"),
            Errors{"s.json:1:13: error: 'program' must be a string or an array of strings, not a number"});
  EXPECT_EQ(errorsOf("{\"program\": [\"a\", null]}"),
            Errors{"s.json:1:19: error: 'program[1]' must be a string, not null"});
}

TEST(ScenarioErrors, Integers) {
  const std::string prefix = "{\"program\": \"x\", \"narration\": [{\"text\": \"t\", \"line\": ";
  EXPECT_EQ(errorsOf(prefix + "1.5}]}"), Errors{"s.json:1:54: error: 'narration[0].line' must be an integer, not 1.5"});
  EXPECT_EQ(errorsOf(prefix + "0}]}"), Errors{"s.json:1:54: error: 'narration[0].line' must be at least 1, not 0"});
  EXPECT_EQ(errorsOf(prefix + "1e300}]}"),
            Errors{"s.json:1:54: error: 'narration[0].line' must be at most 9007199254740991, not 1e300"});
  EXPECT_TRUE(errorsOf(prefix + "1.0}]}").empty());  // JSON Schema counts 1.0 as an integer too
}

TEST(ScenarioErrors, Choices) {
  EXPECT_EQ(errorsOf("{\"program\": \"x\", \"narration\": [{\"event\": \"freed\", \"line\": 1, \"text\": \"t\"}]}"),
            Errors{"s.json:1:42: error: 'narration[0].event' must be \"collected\", \"callback\" or \"cleared\", "
                   "not \"freed\""});
  EXPECT_EQ(errorsOf("{\"program\": \"\", \"view\": {\"panels\": [\"code\", \"graph\"]}}"),
            Errors{"s.json:1:45: error: 'view.panels[1]' must be \"code\", \"heap\", \"narration\" or \"console\", "
                   "not \"graph\""});
}

TEST(ScenarioErrors, Stubs) {
  EXPECT_EQ(
      errorsOf(
          "{\"program\": \"\", \"stubs\": [{\"name\": \"get it\", \"returns\": {\"label\": \"x\", \"bytes\": -1}}]}"),
      (Errors{"s.json:1:36: error: 'stubs[0].name' must be a JavaScript identifier, not \"get it\"",
              "s.json:1:81: error: 'stubs[0].returns.bytes' must be at least 0, not -1"}));
  EXPECT_EQ(errorsOf("{\"program\": \"\", \"stubs\": [{\"name\": \"f\", \"async\": 1}]}"),
            (Errors{"s.json:1:27: error: missing 'stubs[0].returns'",
                    "s.json:1:50: error: 'stubs[0].async' must be a boolean, not a number"}));
}

// All of a file's mistakes, in the order of the file, as an editor lists them.
TEST(ScenarioErrors, EveryMistakeAtOnce) {
  EXPECT_EQ(
      errorsOf("{\"title\": 1, \"summary\": [], \"view\": 3}"),
      (Errors{"s.json:1:1: error: missing 'program'", "s.json:1:11: error: 'title' must be a string, not a number",
              "s.json:1:25: error: 'summary' must be a string, not an array",
              "s.json:1:37: error: 'view' must be an object, not a number"}));
}

TEST(ScenarioErrors, ColumnsCountCharacters) {
  EXPECT_EQ(errorsOf("{\"title\": \"été\", \"x\": 1, \"program\": \"\"}"),
            Errors{"s.json:1:18: error: unknown key 'x'"});
}

TEST(ScenarioLoader, ReadsEveryKey) {
  const Scenario s = load(R"({
  "$schema": "../assets/scenario.schema.json",
  "title": "T",
  "summary": "S",
  "source": { "title": "Chapter", "url": "https://example.org/c", "license": "CC BY-NC-SA 4.0" },
  "program": ["let a = {};", "let r = new WeakRef(a);", "a = null;"],
  "narration": [
    { "line": 1, "text": "one" },
    { "event": "collected", "line": 1, "text": "gone" },
    { "event": "cleared", "line": 2, "text": "empty" },
    { "event": "callback", "line": 3, "text": "called" }
  ],
  "labels": [{ "line": 1, "column": 9, "label": "a" }, { "line": 2, "label": "ref" }],
  "stubs": [{ "name": "downloadImage", "returns": { "label": "image", "bytes": 500000 }, "async": true, "delayMs": 100 }],
  "view": { "pinned": [{ "label": "a", "x": 100, "y": 80.5 }], "panels": ["code", "heap"] }
})");
  EXPECT_EQ(s.schema, "../assets/scenario.schema.json");
  EXPECT_EQ(s.title, "T");
  EXPECT_EQ(s.summary, "S");
  ASSERT_TRUE(s.source);
  EXPECT_EQ(s.source->url, "https://example.org/c");
  EXPECT_EQ(s.source->license, "CC BY-NC-SA 4.0");
  EXPECT_EQ(s.program, "let a = {};\nlet r = new WeakRef(a);\na = null;");
  EXPECT_EQ(s.programStart.line, 6u);
  EXPECT_EQ(s.programStart.column, 16u);
  ASSERT_EQ(s.narration.size(), 4u);
  EXPECT_EQ(s.narration[0].trigger, NarrationTrigger::Line);
  EXPECT_EQ(s.narration[1].trigger, NarrationTrigger::Collected);
  EXPECT_EQ(s.narration[2].trigger, NarrationTrigger::Cleared);
  EXPECT_EQ(s.narration[3].trigger, NarrationTrigger::Callback);
  EXPECT_EQ(s.narration[3].line, 3u);
  ASSERT_EQ(s.labels.size(), 2u);
  EXPECT_EQ(s.labels[0].column, 9u);
  EXPECT_EQ(s.labels[1].column, std::nullopt);
  ASSERT_EQ(s.stubs.size(), 1u);
  EXPECT_EQ(s.stubs[0].returnsBytes, 500000u);
  EXPECT_TRUE(s.stubs[0].async);
  EXPECT_EQ(s.stubs[0].delayMs, 100u);
  ASSERT_EQ(s.view.pinned.size(), 1u);
  EXPECT_EQ(s.view.pinned[0].y, 80.5);
  EXPECT_EQ(s.view.panels, (std::vector<Panel>{Panel::Code, Panel::Heap}));
}

TEST(ScenarioLoader, AProgramStringStartsAfterItsQuote) {
  const Scenario s = load("{\n  \"program\": \"gc();\"\n}", "dir/lesson.json");
  EXPECT_EQ(s.title, "lesson.json");
  EXPECT_EQ(s.programStart.line, 2u);
  EXPECT_EQ(s.programStart.column, 15u);
}

TEST(ScenarioLoader, TheProgramStartIsANote) {
  const Scenario s = load("{\n  \"program\": [\n    \"gc();\"\n  ]\n}");
  EXPECT_EQ(formatProgramStart("s.json", s), "s.json:3:6: note: the program starts here");
}

TEST(ScenarioLoader, APlainProgramIsAScenarioTitledByItsFile) {
  const Scenario s = load("let a = 1;\n", "/tmp/x/demo.mjs");
  EXPECT_EQ(s.title, "demo.mjs");
  EXPECT_EQ(s.program, "let a = 1;\n");
  EXPECT_EQ(s.programStart.line, 1u);
  EXPECT_TRUE(s.narration.empty());
  EXPECT_EQ(load("", "empty.js").program, "");
}

TEST(ScenarioLoader, LinesAreCountedAsJavaScriptCountsThem) {
  EXPECT_TRUE(errorsOf(R"({"program": "a\r\nb\rc\u2028d", "narration": [{"line": 4, "text": "d"}]})").empty());
  EXPECT_EQ(errorsOf(R"({"program": "a\r\nb", "narration": [{"line": 3, "text": "d"}]})").size(), 1u);
}

}  // namespace
}  // namespace reachable
