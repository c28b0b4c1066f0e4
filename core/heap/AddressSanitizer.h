#pragma once

// Whether this build runs under AddressSanitizer: GCC says so with a macro, Clang
// with a feature test.
#if defined(__SANITIZE_ADDRESS__)
#define REACHABLE_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define REACHABLE_ADDRESS_SANITIZER 1
#endif
#endif
#ifndef REACHABLE_ADDRESS_SANITIZER
#define REACHABLE_ADDRESS_SANITIZER 0
#endif
