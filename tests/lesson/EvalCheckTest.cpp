// `check` accepts eval now that the engine has it, called directly or indirectly.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/StandardGlobals.h"
#include "lesson/LessonFile.h"

namespace reachable {
namespace {

std::vector<std::string> errorsOf(const std::string& program) {
  LessonFile file = readLessonFile("p.mjs", program);
  std::vector<std::string> errors;
  for (const LessonFile::Error& e : file.errors) {
    errors.push_back(std::to_string(e.line) + ":" + std::to_string(e.column) + " " + e.message);
  }
  return errors;
}

TEST(EvalCheck, EvalIsNoLongerAMissingGlobal) {
  EXPECT_FALSE(isMissingStandardGlobal("eval"));
  EXPECT_TRUE(isEngineGlobal("eval"));
}

TEST(EvalCheck, IndirectEvalIsAccepted) {
  EXPECT_TRUE(errorsOf("console.log((0, eval)('1 + 1'));\n").empty());
  EXPECT_TRUE(errorsOf("const e = eval;\nconsole.log(e('2'), globalThis.eval('3'));\n").empty());
  EXPECT_TRUE(errorsOf("console.log(typeof eval, eval?.('4'));\n").empty());
}

TEST(EvalCheck, DirectEvalIsAccepted) {
  EXPECT_TRUE(errorsOf("let x = 1;\nfunction f() {\n  return 1 + eval('x');\n}\neval('2');\n").empty());
}

TEST(EvalCheck, AMemberOrAPropertyNamedEvalIsNoDirectEval) {
  EXPECT_TRUE(errorsOf("const o = { eval: (s) => s };\nconsole.log(o.eval('x'));\n").empty());
  EXPECT_TRUE(errorsOf("class K { eval() { return 1; } }\nconsole.log(new K().eval());\n").empty());
}

}  // namespace
}  // namespace reachable
