// Deep nesting is a located error, never a native stack overflow.
#include "ParseTestSupport.h"

#include <gtest/gtest.h>

namespace reachable::test {
namespace {

std::string repeat(std::string_view piece, int count) {
  std::string out;
  out.reserve(piece.size() * static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) out += piece;
  return out;
}

constexpr int kHuge = 100000;

void expectTooDeep(const std::string& source) {
  const ParseResult result = parseProgram(source);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.errors.front().kind, ErrorKind::RangeError);
  EXPECT_EQ(result.errors.front().message, "Maximum call stack size exceeded");
  EXPECT_EQ(result.errors.front().pos.line, 1u);
  EXPECT_GT(result.errors.front().pos.column, 1u);
}

TEST(NestingLimit, HugeNestingIsAnError) {
  expectTooDeep("x = " + repeat("(", kHuge));
  expectTooDeep("x = " + repeat("[", kHuge));
  expectTooDeep("x = " + repeat("{a:", kHuge));
  expectTooDeep(repeat("{", kHuge));
  expectTooDeep("f = " + repeat("a=>", kHuge) + "1");
  expectTooDeep(repeat("function f(){", kHuge));
  expectTooDeep("x = " + repeat("`${", kHuge));
  expectTooDeep("x = " + repeat("-", kHuge) + "1");
  expectTooDeep("x = " + repeat("new ", kHuge) + "X");
  expectTooDeep("let " + repeat("[", kHuge));
  expectTooDeep(repeat("if (a) ", kHuge) + ";");
  expectTooDeep("x = " + repeat("a ? b : ", kHuge) + "c");
  expectTooDeep("x = " + repeat("class extends (", kHuge));
}

std::string chain(std::string_view operand, std::string_view op, int terms) {
  std::string out(operand);
  for (int i = 1; i < terms; ++i) (out += op) += operand;
  return out;
}

// Chains that a loop of the parser builds make trees as deep as brackets do, and
// every walk after the parser recurses through them: they are bounded too.
TEST(NestingLimit, LongChainsAreAnErrorNotACrash) {
  expectTooDeep("x = " + chain("1", " + ", kHuge));
  expectTooDeep("x = " + chain("a", " && ", kHuge));
  expectTooDeep("x = " + chain("1", " ** ", kHuge));
  expectTooDeep("x = a" + repeat(".b", kHuge));
  expectTooDeep("x = f" + repeat("()", kHuge));
  expectTooDeep("x = f" + repeat("[0]", kHuge));
  expectTooDeep("C = " + repeat("class extends ", kHuge) + "Object" + repeat(" {}", kHuge));
}

TEST(NestingLimit, ChainsAsLongAsV8TakesParse) {
  constexpr int kLong = 5000;
  EXPECT_TRUE(parseProgram("x = " + chain("1", " + ", kLong)).ok());
  EXPECT_TRUE(parseProgram("x = " + chain("1", " ** ", kLong)).ok());
  EXPECT_TRUE(parseProgram("x = a" + repeat(".b", kLong)).ok());
  EXPECT_TRUE(parseProgram("x = f" + repeat("()", kLong)).ok());
  EXPECT_TRUE(parseProgram("x = " + chain("(1 + 1)", " + ", kLong)).ok());
}

TEST(NestingLimit, RealisticDepthsParse) {
  constexpr int kDeep = 300;
  EXPECT_TRUE(parseProgram("x = " + repeat("(", kDeep) + "1" + repeat(")", kDeep)).ok());
  EXPECT_TRUE(parseProgram("x = " + repeat("[", kDeep) + repeat("]", kDeep)).ok());
  EXPECT_TRUE(parseProgram(repeat("{", kDeep) + repeat("}", kDeep)).ok());
  EXPECT_TRUE(parseProgram("f = " + repeat("a=>", kDeep) + "1").ok());
  EXPECT_TRUE(parseProgram(repeat("function f(){", kDeep) + repeat("}", kDeep)).ok());
  EXPECT_TRUE(parseProgram("x = " + repeat("`${", kDeep) + "1" + repeat("}`", kDeep)).ok());
  EXPECT_TRUE(parseProgram("x = " + repeat("{a:", kDeep) + "1" + repeat("}", kDeep)).ok());
}

TEST(NestingLimit, LimitIsExactlyAtTheDocumentedDepth) {
  // `[` costs one level (an element's assignment expression) and the
  // statement and initializer cost two more.
  const int fits = kMaxNestingDepth - 2;
  EXPECT_TRUE(parseProgram("x = " + repeat("[", fits) + repeat("]", fits)).ok());
  EXPECT_FALSE(parseProgram("x = " + repeat("[", fits + 1) + repeat("]", fits + 1)).ok());
}

}  // namespace
}  // namespace reachable::test
