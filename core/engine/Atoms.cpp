#include "engine/Atoms.h"

namespace reachable {

namespace {

// A field's spelling: its name, or the text given when the name is a C++ keyword.
constexpr std::string_view spelling(std::string_view field) { return field; }
constexpr std::string_view spelling(std::string_view, std::string_view text) { return text; }

}  // namespace

Atoms::Atoms(Heap& heap) {
#define REACHABLE_ATOM_INIT(field, ...) field = heap.intern(spelling(#field __VA_OPT__(, ) __VA_ARGS__));
  REACHABLE_ATOMS(REACHABLE_ATOM_INIT)
#undef REACHABLE_ATOM_INIT
}

}  // namespace reachable
