// `reachable-cli check FILE`: parse and validate only.

#include "Commands.h"
#include "SourceFile.h"

#include "parse/AstPrinter.h"
#include "parse/Parser.h"

namespace reachable::cli {

int runCheck(std::span<const std::string> arguments)
{
    bool printTree = false;
    const std::string* path = nullptr;
    for (const std::string& argument : arguments) {
        if (argument == "--ast") {
            printTree = true;
        } else if (!argument.starts_with("-") && !path) {
            path = &argument;
        } else {
            printUsage(stderr);
            return kExitUsage;
        }
    }
    if (!path) {
        printUsage(stderr);
        return kExitUsage;
    }
    std::string error;
    const auto source = readSourceFile(*path, error);
    if (!source) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return kExitUsage;
    }
    const ParseResult result = parseProgram(*source, ParseGoal::Module);
    reportParseErrors(*path, result);
    if (!result.ok()) return kExitInvalid;
    if (printTree) std::printf("%s\n", printAst(result.program).c_str());
    return kExitOk;
}

}  // namespace reachable::cli
