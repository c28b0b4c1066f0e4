# Writes a C++ source that holds the bytes of FILES (a list), for bundledScenarios().
# Run as: cmake -DOUTPUT=out.cpp -DFILES="a.json;b.json" -P EmbedFiles.cmake
# Bytes are written as hexadecimal numbers, so no file content can end a literal early.
set(arrays "")
set(entries "")
set(index 0)
foreach(file IN LISTS FILES)
  file(READ "${file}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n    "
         hex "${hex}")
  get_filename_component(name "${file}" NAME)
  string(APPEND arrays "constexpr unsigned char kFile${index}[] = {\n    ${hex}};\n")
  string(APPEND entries "      {\"${name}\", bytes(kFile${index}, sizeof kFile${index})},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated at build time by app/model/EmbedFiles.cmake from scenarios/: do not edit.
#include \"BundledScenarios.h\"

namespace reachable {
namespace {

std::string_view bytes(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

${arrays}
}  // namespace

std::span<const BundledFile> bundledScenarios() {
  static const BundledFile files[] = {
${entries}  };
  return files;
}

}  // namespace reachable
")
# Touch the output only when it changes, so that an unchanged scenario set rebuilds nothing.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
