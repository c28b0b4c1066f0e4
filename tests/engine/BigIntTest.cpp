// BigInt's conversions and arithmetic through the engine's C++ API, at the edges a
// program rarely reaches: rounding to a Number, the size limit, StringToBigInt.
#include "engine/BigInts.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "ProgramRunner.h"
#include "text/Utf16.h"

namespace reachable {
namespace {

mpz_class pow2(unsigned long bits) {
  mpz_class result;
  mpz_ui_pow_ui(result.get_mpz_t(), 2, bits);
  return result;
}

TEST(BigIntToNumber, IsExactWhereANumberCanBe) {
  EXPECT_EQ(bigintToNumber(mpz_class(0)), 0.0);
  EXPECT_FALSE(std::signbit(bigintToNumber(mpz_class(0))));
  EXPECT_EQ(bigintToNumber(mpz_class(-42)), -42.0);
  EXPECT_EQ(bigintToNumber(pow2(53) - 1), 9007199254740991.0);
  EXPECT_EQ(bigintToNumber(-pow2(200)), -std::ldexp(1.0, 200));
}

TEST(BigIntToNumber, RoundsToNearestWithTiesToEven) {
  // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2: the even one wins.
  EXPECT_EQ(bigintToNumber(pow2(53) + 1), 9007199254740992.0);
  EXPECT_EQ(bigintToNumber(pow2(53) + 3), 9007199254740996.0);
  // Past 64 bits the cut-off bits still count: just above halfway rounds up.
  EXPECT_EQ(bigintToNumber(pow2(100) + pow2(47) + 1), std::ldexp(1.0, 100) + std::ldexp(1.0, 48));
  EXPECT_EQ(bigintToNumber(pow2(100) + pow2(47)), std::ldexp(1.0, 100));
  EXPECT_EQ(bigintToNumber(pow2(1024)), std::numeric_limits<double>::infinity());
  EXPECT_EQ(bigintToNumber(-pow2(1024)), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(bigintToNumber(pow2(1024) - pow2(970)), std::numeric_limits<double>::infinity());
  EXPECT_EQ(bigintToNumber(pow2(1024) - pow2(971)), std::numeric_limits<double>::max());
}

TEST(StringToBigInt, ReadsWhatBigIntOfAStringReads) {
  EXPECT_EQ(stringToBigInt(u""), mpz_class(0));
  EXPECT_EQ(stringToBigInt(u" \t\n12\u00A0"), mpz_class(12));
  EXPECT_EQ(stringToBigInt(u"-0"), mpz_class(0));
  EXPECT_EQ(stringToBigInt(u"+99999999999999999999"), mpz_class("99999999999999999999"));
  EXPECT_EQ(stringToBigInt(u"0xFf"), mpz_class(255));
  EXPECT_EQ(stringToBigInt(u"0O17"), mpz_class(15));
  EXPECT_EQ(stringToBigInt(u"0b101"), mpz_class(5));
  for (const char16_t* bad : {u"1n", u"1.0", u"1e3", u"-0x1", u"0x", u"1_0", u"- 1", u"Infinity", u"0b2", u"1 2"}) {
    EXPECT_FALSE(stringToBigInt(bad).has_value()) << toUtf8(bad);
  }
}

TEST(BigIntLiteralDigits, ReadEveryRadix) {
  EXPECT_EQ(bigintFromLiteral(u"0"), mpz_class(0));
  EXPECT_EQ(bigintFromLiteral(u"0x1f"), mpz_class(31));
  EXPECT_EQ(bigintFromLiteral(u"0o777"), mpz_class(511));
  EXPECT_EQ(bigintFromLiteral(u"0b1011"), mpz_class(11));
  EXPECT_EQ(bigintFromLiteral(u"1234567890123456789012345678901234567890"),
            mpz_class("1234567890123456789012345678901234567890"));
}

TEST(BigIntWidth, AsIntNAndAsUintNWrapAsTwosComplement) {
  EXPECT_EQ(bigintAsUintN(mpz_class(-1), 8), mpz_class(255));
  EXPECT_EQ(bigintAsIntN(mpz_class(255), 8), mpz_class(-1));
  EXPECT_EQ(bigintAsIntN(mpz_class(128), 8), mpz_class(-128));
  EXPECT_EQ(bigintAsIntN(mpz_class(127), 8), mpz_class(127));
  EXPECT_EQ(bigintAsIntN(pow2(63), 64), -pow2(63));
  EXPECT_EQ(bigintAsIntN(mpz_class(5), 0), mpz_class(0));
}

TEST(BigIntCompare, OrdersAgainstEveryNumber) {
  EXPECT_EQ(compareBigIntToNumber(mpz_class(1), 1.5), -1);
  EXPECT_EQ(compareBigIntToNumber(mpz_class(2), 1.5), 1);
  EXPECT_EQ(compareBigIntToNumber(mpz_class(0), -0.0), 0);
  EXPECT_EQ(compareBigIntToNumber(pow2(53) + 1, 9007199254740992.0), 1);
  EXPECT_EQ(compareBigIntToNumber(pow2(2000), std::numeric_limits<double>::infinity()), -1);
  EXPECT_EQ(compareBigIntToNumber(-pow2(2000), -std::numeric_limits<double>::infinity()), 1);
  EXPECT_FALSE(compareBigIntToNumber(mpz_class(0), std::nan("")).has_value());
}

TEST(BigIntArithmetic, StopsAtV8sSizeLimitBeforeComputing) {
  ProgramRunner runner;
  runner.run(
      "const tries = [() => 2n ** 1073741824n, () => 1n << 1073741824n, () => 3n ** 700000000n,\n"
      "               () => BigInt.asUintN(2 ** 40, -1n)];\n"
      "for (const t of tries) { try { t(); } catch (e) { console.log(e.message); } }\n"
      "console.log((2n ** 100000n).toString(16).length);\n");
  EXPECT_EQ(runner.console.out,
            "Maximum BigInt size exceeded\nMaximum BigInt size exceeded\nMaximum BigInt size exceeded\n"
            "Maximum BigInt size exceeded\n25001\n");
}

// 7n ** 100000n has 280,735 bits: about 35 kB of digits, counted while it lives and
// gone once it is collected.
TEST(BigIntArithmetic, ValuesAreFreedWithTheirCells) {
  ProgramRunner keeping, dropping;
  keeping.run("let big = 7n ** 100000n;\ngc();\n");
  dropping.run("let big = 7n ** 100000n;\nbig = null;\ngc();\n");
  EXPECT_GE(keeping.engine.heap().bytes(), dropping.engine.heap().bytes() + 35'000);
  EXPECT_LT(keeping.engine.heap().bytes(), dropping.engine.heap().bytes() + 36'000);
}

}  // namespace
}  // namespace reachable
