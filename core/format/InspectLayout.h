#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reachable {

// The layout half of Node 20's util.inspect (lib/internal/util/inspect.js): given the
// already formatted entries of an object or array, decide between one line, columns
// and one entry per line. The value walker (formatValue/formatRaw/formatProperty in
// Node) stays in the interpreter; it keeps an InspectContext as Node keeps `ctx`.

// The fields of Node's `ctx` that layout reads, with console.log's defaults
// (inspectDefaultOptions). The walker maintains the first two as Node does:
// - indentationLvl: formatProperty adds 2 around formatting a property's value, and
//   formatValue's callers restore it afterwards;
// - currentDepth: formatRaw sets it to recurseTimes + 1 (its own depth) just before
//   formatting the entries of an object that has any, so after the entries it holds
//   the depth of the object formatted last, however deep.
struct InspectContext {
  int indentationLvl = 0;
  int currentDepth = 0;
  int depth = 2;  // deeper objects print as [Object] / [Array]
  int breakLength = 80;
  int compact = 3;              // a number; Node's `compact: true` mode is not ported
  int maxArrayLength = 100;     // entries shown before "... n more items"
  int maxStringLength = 10000;  // code units shown before "... n more characters"
};

// Node's kObjectType, kArrayType and kArrayExtrasType: how formatRaw's entries are
// laid out. Arrays and typed arrays use ArrayExtras (their entries may be grouped in
// columns); Array is formatProperty's mode for an array element (no key printed).
enum class ExtrasType { Object, Array, ArrayExtras };

// Opening and closing text around the entries: {"{", "}"}, {"[", "]"},
// {"Map(2) {", "}"}, {"[Foo: null prototype] {", "}"}...
struct Braces {
  std::string open;
  std::string close;
};

// How groupArrayElements aligns entries in columns: Right (padStart) when the
// inspected value is absent or value[i] is a number or bigint for every
// i < output.size() (the "... more items" entry and extra keys included: Node indexes
// the value by output position); otherwise Left (padEnd).
enum class ColumnAlignment { Right, Left };

// Node's reduceToSingleString for a numeric `compact`: `recurseTimes` is the depth of
// the object whose entries `output` holds (formatRaw's recurseTimes after its
// increment), `base` the text before the braces ("" or "<ref *1>", "[Function: f]").
std::string reduceToSingleString(const InspectContext& ctx, std::vector<std::string> output, std::string_view base,
                                 const Braces& braces, ExtrasType extrasType, int recurseTimes,
                                 ColumnAlignment alignment = ColumnAlignment::Right);

// Node's isBelowBreakLength: whether `output` fits on one line after `start` columns.
bool isBelowBreakLength(const InspectContext& ctx, const std::vector<std::string>& output, int start,
                        std::string_view base);

// Node's groupArrayElements: arrays of more than six entries in aligned columns, each
// row one entry of the result; returns `output` unchanged when columns do not pay.
std::vector<std::string> groupArrayElements(const InspectContext& ctx, std::vector<std::string> output,
                                            ColumnAlignment alignment);

// Node's remainingText: "... 1 more item", "... 5 more items".
std::string moreItemsText(long long remaining);

// Node's formatPrimitive for a string inside an object: quoted by strEscape, cut after
// maxStringLength code units, and, when longer than 16 and than the room left on the
// line, split after each newline into quoted pieces joined by " +\n" and indentation.
std::string inspectStringEntry(const InspectContext& ctx, std::u16string_view text);

}  // namespace reachable
