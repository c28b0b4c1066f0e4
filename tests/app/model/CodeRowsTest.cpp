#include "CodeRows.h"

#include <gtest/gtest.h>

#include <string>

namespace reachable {
namespace {

std::string joined(const std::vector<CodeRow>& rows) {
  std::string text;
  for (const CodeRow& row : rows) text += row.text;
  return text;
}

TEST(CodeRowsTest, AShortLineIsOneRow) {
  const auto rows = wrapCodeLine("let user = null;", 40);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text, "let user = null;");
  EXPECT_EQ(rows[0].indent, 0u);
  EXPECT_EQ(wrapCodeLine("", 40).size(), 1u);
}

TEST(CodeRowsTest, ALongLineBreaksAfterASpaceOrABracketAndIndentsItsContinuations) {
  const std::string line = "    const cachedImg = imgCache.get(imgName)?.deref();";
  const auto rows = wrapCodeLine(line, 40);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].text, "    const cachedImg = imgCache.get(");
  EXPECT_EQ(rows[1].text, "imgName)?.deref();");
  EXPECT_EQ(rows[1].indent, 6u);  // its own four, and two more
  EXPECT_EQ(joined(rows), line);
}

TEST(CodeRowsTest, AWordLongerThanTheRowBreaksAnywhereAndNoRowIsTooWide) {
  const std::string line = "x" + std::string(100, 'a') + " é日本";
  const auto rows = wrapCodeLine(line, 20);
  EXPECT_EQ(joined(rows), line);
  for (const CodeRow& row : rows) {
    std::size_t characters = 0;
    for (char byte : row.text) characters += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
    EXPECT_LE(characters + row.indent, 21u) << row.text;  // a trailing space may hang over
  }
}

}  // namespace
}  // namespace reachable
