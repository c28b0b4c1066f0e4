// Parses every byte prefix of every case file (which includes every
// character prefix, and cuts inside UTF-8 sequences besides): each must give
// a tree or errors, never a crash or a hang. A program of its
// own (not a GoogleTest) so that CTest can label it `slow`.
#include "CaseFiles.h"

#include "parse/Parser.h"

#include <cstdio>

namespace {

bool parsesCleanly(const std::string& source) {
  const reachable::ParseResult result = reachable::parseProgram(source);
  return result.ok() != !result.errors.empty();
}

}  // namespace

int main() {
  size_t checked = 0;
  for (const auto& kind : {"valid", "invalid"}) {
    for (const auto& path : reachable::test::caseFiles(kind)) {
      const std::string text = reachable::test::readFile(path);
      for (size_t length = 0; length <= text.size(); ++length) {
        if (!parsesCleanly(text.substr(0, length))) {
          std::fprintf(stderr, "%s: prefix of %zu bytes gave neither a tree nor errors\n", path.c_str(), length);
          return 1;
        }
        ++checked;
      }
    }
  }
  std::printf("checked %zu prefixes\n", checked);
  return 0;
}
