// tests/parse/cases: every valid file parses; every invalid file fails with
// the message and position its first line declares ("// expect: L:C message").
#include "CaseFiles.h"
#include "ParseTestSupport.h"

#include <gtest/gtest.h>

namespace reachable::test {
namespace {

class ValidCase : public testing::TestWithParam<std::filesystem::path> {};
class InvalidCase : public testing::TestWithParam<std::filesystem::path> {};

TEST_P(ValidCase, Parses) {
  const ParseResult result = parseProgram(readFile(GetParam()));
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().pos.line << ":" << result.errors.front().pos.column << " "
                                     << describe(result.errors.front());
  EXPECT_TRUE(result.ok());
}

TEST_P(InvalidCase, FailsAsDeclared) {
  const std::string source = readFile(GetParam());
  const std::string prefix = "// expect: ";
  ASSERT_TRUE(source.starts_with(prefix)) << "first line must declare the expected error";
  const std::string expected = source.substr(prefix.size(), source.find('\n') - prefix.size());
  EXPECT_EQ(parseToText(source), expected);
}

std::string nameOf(const testing::TestParamInfo<std::filesystem::path>& info) { return caseName(info.param); }

INSTANTIATE_TEST_SUITE_P(Cases, ValidCase, testing::ValuesIn(caseFiles("valid")), nameOf);
INSTANTIATE_TEST_SUITE_P(Cases, InvalidCase, testing::ValuesIn(caseFiles("invalid")), nameOf);

}  // namespace
}  // namespace reachable::test
