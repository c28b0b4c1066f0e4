// Built against one layer of the core, with PROBE_HEADER naming a header of another:
// tests/layers/CMakeLists.txt expects the build to fail where that header lies above
// the layer, or beside it, and to succeed where it lies below.
#include PROBE_HEADER
