#include "format/InspectLayout.h"

#include <algorithm>
#include <cmath>

#include "format/StringEscape.h"
#include "format/StringWidth.h"

namespace reachable {
namespace {

constexpr int kSeparatorSpace = 2;  // ", " between two entries
constexpr int kMinLineLength = 16;

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) joined += separator;
    joined += parts[i];
  }
  return joined;
}

// String.prototype.padStart / padEnd with spaces, lengths in UTF-16 code units.
std::string padStart(const std::string& text, int targetLength) {
  return std::string(std::max(0, targetLength - utf16Length(text)), ' ') + text;
}

std::string padEnd(const std::string& text, int targetLength) {
  return text + std::string(std::max(0, targetLength - utf16Length(text)), ' ');
}

struct ColumnLayout {
  int columns;
  std::vector<int> dataLen;  // the display width of each entry
};

// The first half of groupArrayElements: measure the entries and decide how many
// columns to use (1 or fewer: do not group). `outputLength` excludes the
// "... more items" entry.
ColumnLayout chooseColumns(const InspectContext& ctx, const std::vector<std::string>& output, size_t outputLength) {
  ColumnLayout layout{0, std::vector<int>(outputLength)};
  int totalLength = 0;
  int maxLength = 0;
  for (size_t i = 0; i < outputLength; ++i) {
    layout.dataLen[i] = stringWidth(output[i]);
    totalLength += layout.dataLen[i] + kSeparatorSpace;
    maxLength = std::max(maxLength, layout.dataLen[i]);
  }
  const int actualMax = maxLength + kSeparatorSpace;
  // At least three entries must fit side by side, and no entry may be much longer
  // than the others (more than a fifth of all entries together).
  const bool worthGrouping = actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
                             (static_cast<double>(totalLength) / actualMax > 5 || maxLength <= 6);
  if (!worthGrouping) return layout;
  // A character is about 2.5 times as high as wide: aim for a square block, with a
  // bias towards more columns for short entries.
  const double approxCharHeights = 2.5;
  const double averageBias = std::sqrt(actualMax - static_cast<double>(totalLength) / output.size());
  const double biasedMax = std::max(actualMax - 3 - averageBias, 1.0);
  const double squareColumns =
      std::round(std::sqrt(approxCharHeights * biasedMax * static_cast<double>(outputLength)) / biasedMax);
  const double fittingColumns = std::floor(static_cast<double>(ctx.breakLength - ctx.indentationLvl) / actualMax);
  layout.columns = static_cast<int>(std::min({squareColumns, fittingColumns, ctx.compact * 4.0, 15.0}));
  return layout;
}

// The second half of groupArrayElements: one row per `columns` entries, each column as
// wide as its widest entry.
std::vector<std::string> buildRows(const std::vector<std::string>& output, size_t outputLength,
                                   const ColumnLayout& layout, ColumnAlignment alignment) {
  const size_t columns = static_cast<size_t>(layout.columns);
  std::vector<int> maxLineLength(columns);
  for (size_t i = 0; i < columns; ++i) {
    for (size_t j = i; j < outputLength; j += columns) {
      maxLineLength[i] = std::max(maxLineLength[i], layout.dataLen[j]);
    }
    maxLineLength[i] += kSeparatorSpace;
  }
  std::vector<std::string> rows;
  for (size_t i = 0; i < outputLength; i += columns) {
    const size_t rowEnd = std::min(i + columns, outputLength);
    std::string row;
    size_t j = i;
    for (; j < rowEnd - 1; ++j) {
      // The padding counts code units while the column width counts display
      // columns: the difference between the two keeps wide characters aligned.
      const int padding = maxLineLength[j - i] + utf16Length(output[j]) - layout.dataLen[j];
      const std::string cell = output[j] + ", ";
      row += alignment == ColumnAlignment::Right ? padStart(cell, padding) : padEnd(cell, padding);
    }
    if (alignment == ColumnAlignment::Right) {
      const int padding = maxLineLength[j - i] + utf16Length(output[j]) - layout.dataLen[j] - kSeparatorSpace;
      row += padStart(output[j], padding);
    } else {
      row += output[j];
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string withBase(std::string_view base) { return base.empty() ? "" : std::string(base) + ' '; }

}  // namespace

std::vector<std::string> groupArrayElements(const InspectContext& ctx, std::vector<std::string> output,
                                            ColumnAlignment alignment) {
  const bool hasMoreItemsEntry = static_cast<size_t>(ctx.maxArrayLength) < output.size();
  const size_t outputLength = output.size() - (hasMoreItemsEntry ? 1 : 0);
  const ColumnLayout layout = chooseColumns(ctx, output, outputLength);
  if (layout.columns <= 1) return output;
  std::vector<std::string> rows = buildRows(output, outputLength, layout, alignment);
  if (hasMoreItemsEntry) rows.push_back(std::move(output[outputLength]));
  return rows;
}

bool isBelowBreakLength(const InspectContext& ctx, const std::vector<std::string>& output, int start,
                        std::string_view base) {
  // Each entry is followed by at least a comma, hence output.size() to start with.
  int totalLength = static_cast<int>(output.size()) + start;
  if (totalLength + static_cast<int>(output.size()) > ctx.breakLength) return false;
  for (const std::string& entry : output) {
    totalLength += utf16Length(entry);
    if (totalLength > ctx.breakLength) return false;
  }
  // Do not line up properties on the same line if `base` contains line breaks.
  return base.find('\n') == std::string_view::npos;
}

std::string reduceToSingleString(const InspectContext& ctx, std::vector<std::string> output, std::string_view base,
                                 const Braces& braces, ExtrasType extrasType, int recurseTimes,
                                 ColumnAlignment alignment) {
  if (ctx.compact >= 1) {
    // Grouping into columns rules out a single line, hence the entry count first.
    const size_t entries = output.size();
    if (extrasType == ExtrasType::ArrayExtras && entries > 6) {
      output = groupArrayElements(ctx, std::move(output), alignment);
    }
    // Only the `compact` innermost levels of an object may be put on one line.
    if (ctx.currentDepth - recurseTimes < ctx.compact && entries == output.size()) {
      // 10 stands for the other things that may shorten the line.
      const int start =
          static_cast<int>(output.size()) + ctx.indentationLvl + utf16Length(braces.open) + utf16Length(base) + 10;
      if (isBelowBreakLength(ctx, output, start, base)) {
        const std::string joined = join(output, ", ");
        if (joined.find('\n') == std::string::npos) {
          return withBase(base) + braces.open + ' ' + joined + ' ' + braces.close;
        }
      }
    }
  }
  const std::string indentation = '\n' + std::string(ctx.indentationLvl, ' ');
  return withBase(base) + braces.open + indentation + "  " + join(output, ',' + indentation + "  ") + indentation +
         braces.close;
}

std::string moreItemsText(long long remaining) {
  return "... " + std::to_string(remaining) + " more item" + (remaining > 1 ? "s" : "");
}

std::string inspectStringEntry(const InspectContext& ctx, std::u16string_view text) {
  std::string trailer;
  if (text.size() > static_cast<size_t>(ctx.maxStringLength)) {
    const size_t remaining = text.size() - ctx.maxStringLength;
    text = text.substr(0, ctx.maxStringLength);
    trailer = "... " + std::to_string(remaining) + " more character" + (remaining > 1 ? "s" : "");
  }
  const int length = static_cast<int>(text.size());
  if (length <= kMinLineLength || length <= ctx.breakLength - ctx.indentationLvl - 4) {
    return inspectQuotedString(text) + trailer;
  }
  // Split after every newline (Node's /(?<=\n)/), each piece quoted on its own.
  std::vector<std::string> pieces;
  for (size_t start = 0; start < text.size();) {
    const size_t newline = text.find(u'\n', start);
    const size_t end = newline == std::u16string_view::npos ? text.size() : newline + 1;
    pieces.push_back(inspectQuotedString(text.substr(start, end - start)));
    start = end;
  }
  return join(pieces, " +\n" + std::string(ctx.indentationLvl + 2, ' ')) + trailer;
}

}  // namespace reachable
