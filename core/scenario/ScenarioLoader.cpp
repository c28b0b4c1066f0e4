#include "scenario/ScenarioLoader.h"

#include "scenario/JsonFields.h"
#include "scenario/JsonReader.h"
#include "text/Utf8.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

namespace reachable {

namespace {

using Kind = JsonValue::Kind;

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string baseName(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// Lines as the JavaScript lexer counts them (LF, CR, CRLF, U+2028, U+2029), so
// that a narration line means the same line as an error in the program.
uint32_t countLines(std::string_view program) {
  uint32_t lines = 1;
  for (size_t i = 0; i < program.size(); ++i) {
    const char c = program[i];
    if (c == '\n' || (c == '\r' && (i + 1 == program.size() || program[i + 1] != '\n'))) ++lines;
    if (program.substr(i, 3) == "\xE2\x80\xA8" || program.substr(i, 3) == "\xE2\x80\xA9") ++lines;
  }
  return lines;
}

// An ASCII identifier: the schema's pattern says the same, and a stub's name is
// what a program calls, so nothing fancier is needed.
bool isIdentifier(std::string_view name) {
  auto start = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'; };
  if (name.empty() || !start(name[0])) return false;
  return std::all_of(name.begin() + 1, name.end(), [&](char c) { return start(c) || (c >= '0' && c <= '9'); });
}

// Picks one of `names` for a string value, or records an error listing them.
template <typename Enum, size_t N>
std::optional<Enum> choice(const JsonFields& reporter, const JsonValue& value, const std::string& path,
                           const std::array<std::pair<std::string_view, Enum>, N>& names) {
  if (!reporter.expectKind(value, Kind::String, path, "a string")) return std::nullopt;
  for (const auto& [name, result] : names) {
    if (name == value.text) return result;
  }
  std::string wanted;
  for (size_t i = 0; i < N; ++i) {
    wanted += (i == 0 ? "" : i + 1 == N ? " or " : ", ") + ("\"" + std::string(names[i].first) + "\"");
  }
  reporter.error(value.place, "'" + path + "' must be " + wanted + ", not \"" + value.text + "\"");
  return std::nullopt;
}

constexpr std::array<std::pair<std::string_view, NarrationTrigger>, 3> kEvents{{
    {"collected", NarrationTrigger::Collected},
    {"callback", NarrationTrigger::Callback},
    {"cleared", NarrationTrigger::Cleared},
}};

constexpr std::array<std::pair<std::string_view, Panel>, 4> kPanels{{
    {"code", Panel::Code},
    {"heap", Panel::Heap},
    {"narration", Panel::Narration},
    {"console", Panel::Console},
}};

class ScenarioDecoder {
 public:
  ScenarioDecoder(std::string_view fileName, std::vector<ScenarioError>& errors)
      : fileName_(fileName), errors_(errors) {}

  Scenario decode(const JsonValue& root) {
    Scenario scenario;
    const JsonFields fields(
        root, "", {"$schema", "title", "summary", "source", "program", "narration", "labels", "stubs", "view"},
        errors_);
    scenario.schema = fields.string("$schema").value_or("");
    scenario.title = fields.string("title").value_or(baseName(fileName_));
    scenario.summary = fields.string("summary").value_or("");
    scenario.source = decodeSource(fields);
    decodeProgram(fields, scenario);
    for (const auto& [value, path] : fields.array("narration")) decodeNarration(fields, *value, path, scenario);
    for (const auto& [value, path] : fields.array("labels")) decodeLabel(fields, *value, path, scenario);
    for (const auto& [value, path] : fields.array("stubs")) decodeStub(fields, *value, path, scenario);
    decodeView(fields, scenario);
    return scenario;
  }

 private:
  std::optional<ScenarioSource> decodeSource(const JsonFields& fields) {
    const JsonValue* value = fields.find("source");
    if (!value || !fields.expectKind(*value, Kind::Object, "source", "an object")) return std::nullopt;
    const JsonFields source(*value, "source", {"title", "url", "license"}, errors_);
    return ScenarioSource{source.string("title", true).value_or(""), source.string("url", true).value_or(""),
                          source.string("license").value_or("")};
  }

  // The program is a string or an array of lines; either way it starts just after
  // the opening quote of its first string.
  void decodeProgram(const JsonFields& fields, Scenario& scenario) {
    const JsonValue* value = fields.require("program");
    if (!value) return;
    if (value->kind == Kind::String) {
      scenario.program = value->text;
      scenario.programStart = {value->place.line, value->place.column + 1};
    } else if (value->kind == Kind::Array) {
      decodeProgramLines(fields, *value, scenario);
    } else {
      fields.error(value->place,
                   std::string("'program' must be a string or an array of strings, not ") + describeKind(value->kind));
      return;
    }
    programLines_ = countLines(scenario.program);
  }

  void decodeProgramLines(const JsonFields& fields, const JsonValue& lines, Scenario& scenario) {
    scenario.programStart =
        lines.items.empty() ? lines.place : TextPlace{lines.items[0].place.line, lines.items[0].place.column + 1};
    for (size_t i = 0; i < lines.items.size(); ++i) {
      const JsonValue& line = lines.items[i];
      if (!fields.expectKind(line, Kind::String, "program[" + std::to_string(i) + "]", "a string")) continue;
      if (i > 0) scenario.program += '\n';
      scenario.program += line.text;
    }
  }

  // A line number in the program, checked against the program's length.
  // Without a readable program only the type is checked: its error says enough.
  std::optional<uint32_t> programLine(const JsonFields& fields, std::string_view key) {
    const std::optional<uint64_t> line = fields.integer(key, 1, true);
    if (!line) return std::nullopt;
    if (programLines_ && *line > *programLines_) {
      fields.error(fields.find(key)->place, fields.pathOf(key) + ": line " + std::to_string(*line) +
                                                " does not exist (the program has " + std::to_string(*programLines_) +
                                                (*programLines_ == 1 ? " line)" : " lines)"));
      return std::nullopt;
    }
    return static_cast<uint32_t>(*line);
  }

  void decodeNarration(const JsonFields& parent, const JsonValue& value, const std::string& path, Scenario& scenario) {
    if (!parent.expectKind(value, Kind::Object, path, "an object")) return;
    const JsonFields fields(value, path, {"line", "event", "text"}, errors_);
    const JsonValue* event = fields.find("event");
    const auto trigger = event ? choice(fields, *event, fields.pathOf("event"), kEvents) : NarrationTrigger::Line;
    const auto line = programLine(fields, "line");
    const auto text = fields.string("text", true);
    if (!trigger || !line || !text) return;
    scenario.narration.push_back({*trigger, *line, *text, value.place});
  }

  void decodeLabel(const JsonFields& parent, const JsonValue& value, const std::string& path, Scenario& scenario) {
    if (!parent.expectKind(value, Kind::Object, path, "an object")) return;
    const JsonFields fields(value, path, {"line", "column", "label"}, errors_);
    const auto line = programLine(fields, "line");
    const auto column = fields.integer("column", 1);
    const auto label = fields.string("label", true);
    if (!line || !label || (fields.find("column") && !column)) return;
    ObjectLabel result{*line, std::nullopt, *label};
    if (column) result.column = static_cast<uint32_t>(std::min<uint64_t>(*column, UINT32_MAX));
    scenario.labels.push_back(std::move(result));
  }

  void decodeStub(const JsonFields& parent, const JsonValue& value, const std::string& path, Scenario& scenario) {
    if (!parent.expectKind(value, Kind::Object, path, "an object")) return;
    const JsonFields fields(value, path, {"name", "returns", "async", "delayMs"}, errors_);
    ScenarioStub stub;
    const auto name = fields.string("name", true);
    if (name && !isIdentifier(*name)) {
      fields.error(fields.find("name")->place,
                   "'" + fields.pathOf("name") + "' must be a JavaScript identifier, not \"" + *name + "\"");
    }
    stub.name = name.value_or("");
    if (const JsonValue* nameValue = fields.find("name")) stub.place = nameValue->place;
    stub.async = fields.boolean("async").value_or(false);
    stub.delayMs = fields.integer("delayMs", 0).value_or(0);
    const JsonValue* returns = fields.require("returns");
    if (returns && fields.expectKind(*returns, Kind::Object, fields.pathOf("returns"), "an object")) {
      const JsonFields result(*returns, fields.pathOf("returns"), {"label", "bytes"}, errors_);
      stub.returnsLabel = result.string("label", true).value_or("");
      stub.returnsBytes = result.integer("bytes", 0, true).value_or(0);
    }
    scenario.stubs.push_back(std::move(stub));
  }

  void decodeView(const JsonFields& parent, Scenario& scenario) {
    const JsonValue* value = parent.find("view");
    if (!value || !parent.expectKind(*value, Kind::Object, "view", "an object")) return;
    const JsonFields fields(*value, "view", {"pinned", "panels"}, errors_);
    for (const auto& [pin, path] : fields.array("pinned")) {
      if (!fields.expectKind(*pin, Kind::Object, path, "an object")) continue;
      const JsonFields pinFields(*pin, path, {"label", "x", "y"}, errors_);
      scenario.view.pinned.push_back({pinFields.string("label", true).value_or(""),
                                      pinFields.number("x", true).value_or(0),
                                      pinFields.number("y", true).value_or(0)});
    }
    for (const auto& [panel, path] : fields.array("panels")) {
      if (auto value = choice(fields, *panel, path, kPanels)) scenario.view.panels.push_back(*value);
    }
  }

  std::string_view fileName_;
  std::vector<ScenarioError>& errors_;
  std::optional<uint32_t> programLines_;
};

LoadResult loadJavaScript(std::string_view fileName, std::string_view bytes) {
  Scenario scenario;
  scenario.title = baseName(fileName);
  scenario.program = std::string(bytes);
  return {std::move(scenario), {}};
}

ScenarioError invalidUtf8(std::string_view bytes, const SourcePosition& where) {
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(bytes[where.offset])));
  return {where.line, where.column, std::string("the file is not UTF-8 (byte ") + byte + " cannot be decoded)"};
}

}  // namespace

LoadResult loadScenario(std::string_view fileName, std::string_view bytes) {
  if (auto where = utf8::findInvalid(bytes)) return {std::nullopt, {invalidUtf8(bytes, *where)}};
  if (endsWith(fileName, ".js") || endsWith(fileName, ".mjs")) return loadJavaScript(fileName, bytes);
  if (bytes.empty()) return {std::nullopt, {{1, 1, "the file is empty"}}};
  auto parsed = readJson(bytes);
  if (auto* syntax = std::get_if<JsonSyntaxError>(&parsed)) {
    return {std::nullopt, {{syntax->place.line, syntax->place.column, syntax->message}}};
  }
  const JsonValue& root = std::get<JsonValue>(parsed);
  if (root.kind != Kind::Object) {
    return {std::nullopt,
            {{root.place.line, root.place.column,
              std::string("a scenario must be a JSON object, not ") + describeKind(root.kind)}}};
  }
  LoadResult result;
  Scenario scenario = ScenarioDecoder(fileName, result.errors).decode(root);
  // Decoding goes key by key; an editor lists a file's errors in file order.
  std::stable_sort(result.errors.begin(), result.errors.end(), [](const ScenarioError& a, const ScenarioError& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  if (result.errors.empty()) result.scenario = std::move(scenario);
  return result;
}

std::string formatProgramStart(std::string_view fileName, const Scenario& scenario) {
  return std::string(fileName) + ":" + std::to_string(scenario.programStart.line) + ":" +
         std::to_string(scenario.programStart.column) + ": note: the program starts here";
}

}  // namespace reachable
