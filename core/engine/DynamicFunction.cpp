#include "engine/DynamicFunction.h"

#include <optional>
#include <string>

#include "engine/CodeFromString.h"
#include "engine/Compiler.h"
#include "engine/Conversions.h"
#include "engine/Interpreter.h"
#include "parse/Parser.h"

namespace reachable {

namespace {

std::string_view prefixOf(DynamicFunctionKind kind) {
  switch (kind) {
    case DynamicFunctionKind::Generator: return "function*";
    case DynamicFunctionKind::Async: return "async function";
    case DynamicFunctionKind::AsyncGenerator: return "async function*";
    case DynamicFunctionKind::Normal: break;
  }
  return "function";
}

// The parameters joined by commas and the body (the last argument), each converted
// with ToString in order; nothing when a conversion threw.
std::optional<std::string> sourceText(Engine& engine, std::span<const Value> args, DynamicFunctionKind kind) {
  std::string parameters, body;
  for (std::size_t i = 0; i < args.size(); ++i) {
    Value text = toString(engine, args[i]);
    if (text.isException()) return std::nullopt;
    if (i + 1 == args.size()) {
      body = stringText(engine, text);
    } else {
      parameters += (i == 0 ? "" : ",") + stringText(engine, text);
    }
  }
  return std::string(prefixOf(kind)) + " anonymous(" + parameters + "\n) {\n" + body + "\n}";
}

// The text must parse as that one function and nothing else: `}, function () {` in
// the body would otherwise make a second one.
const Function* singleFunction(const ParseResult& parsed, std::size_t length) {
  const NodeList body = parsed.program->body;
  if (body.size() != 1 || body[0]->kind != NodeKind::ExpressionStatement) return nullptr;
  const Node* value = body[0]->as<ValueStatement>()->value;
  if (value->kind != NodeKind::FunctionExpression) return nullptr;
  const auto* fn = value->as<Function>();
  // Inside the parentheses the text is wrapped in: offset 1 to its end.
  if (fn->range.start.offset != 1 || fn->range.end.offset != length + 1) return nullptr;
  return fn;
}

// Errors about the parameters that only the whole list (duplicates in a non-simple
// one) or the body's "use strict" (duplicates, eval, reserved words) reveal: V8 gives
// them as they are.
bool aboutWholeParameterList(const ParseError& error) {
  return error.message == "Duplicate parameter name not allowed in this context" ||
         error.message == "Unexpected eval or arguments in strict mode" ||
         error.message == "Unexpected strict mode reserved word";
}

// V8 parses the parameters up to where the text put the `\n)`: an error before that
// point is the parameters ending early ("a b", "a)").
Value throwParseError(Engine& engine, const ParseError& error, std::size_t parametersEnd) {
  if (error.kind == ErrorKind::SyntaxError && error.pos.offset < parametersEnd && !aboutWholeParameterList(error)) {
    return engine.throwError(ErrorType::SyntaxError, "Arg string terminates parameters early");
  }
  return throwCodeParseError(engine, error, "new Function");
}

}  // namespace

Value createDynamicFunction(Engine& engine, std::span<const Value> args, DynamicFunctionKind kind) {
  auto source = sourceText(engine, args, kind);
  if (!source) return Value::exception();
  ParseResult parsed = parseProgram("(" + *source + ")", ParseGoal::Script);
  if (!parsed.ok()) return throwParseError(engine, parsed.errors.front(), 1 + source->find("\n) {\n"));
  if (!singleFunction(parsed, source->size())) {
    return engine.throwError(ErrorType::SyntaxError, "Single function literal required");
  }
  auto program = compileProgram(parsed, "anonymous", engine.heap());
  FunctionCode& code = *program->module->functions.front();
  placeAtCaller(code, engine.interpreter().currentPosition().value_or(SourcePosition{}));
  Value fn = Value::object(engine.interpreter().makeGlobalClosure(code));
  engine.keepCompiled(std::move(program));
  return fn;
}

}  // namespace reachable
