#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace reachable {

// The timeline's strings (names, texts), each stored once and written as its number.
class StringTable {
 public:
  StringTable() {
    ids_.emplace(std::string(), 0);
    texts_.emplace_back();
  }

  std::uint32_t intern(std::string_view text) {
    if (text.empty()) return 0;  // the commonest, interned first: most events have no text
    if (auto it = ids_.find(text); it != ids_.end()) return it->second;  // no string made to look one up
    auto id = static_cast<std::uint32_t>(texts_.size());
    ids_.emplace(std::string(text), id);
    texts_.emplace_back(text);
    bytes_ += text.size() + sizeof(std::string);
    return id;
  }
  const std::string& at(std::uint32_t id) const { return texts_[id]; }
  std::size_t bytesUsed() const { return bytes_ * 2; }  // the texts, once in each index

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> texts_;
  std::size_t bytes_ = 0;
};

// Appends compact numbers to a byte vector: LEB128 varints, zigzag for signed ones.
class ByteWriter {
 public:
  explicit ByteWriter(std::vector<std::uint8_t>& out) : out_(out) {}

  void byte(std::uint8_t b) { out_.push_back(b); }
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<std::uint8_t>(v | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<std::uint8_t>(v));
  }
  void signedVarint(std::int64_t v) {
    varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  void f64(double d) {
    std::uint8_t bytes[sizeof d];
    std::memcpy(bytes, &d, sizeof d);
    out_.insert(out_.end(), bytes, bytes + sizeof d);
  }
  void bytes(std::span<const std::uint8_t> bytes) { out_.insert(out_.end(), bytes.begin(), bytes.end()); }
  std::size_t size() const { return out_.size(); }
  // What was written from `offset` on (valid until the next write).
  std::span<const std::uint8_t> since(std::size_t offset) const {
    return std::span<const std::uint8_t>(out_).subspan(offset);
  }

 private:
  std::vector<std::uint8_t>& out_;
};

class ByteReader {
 public:
  ByteReader(const std::uint8_t* begin, const std::uint8_t* end) : p_(begin), end_(end) {}

  bool done() const { return p_ >= end_; }
  const std::uint8_t* position() const { return p_; }
  void skip(std::size_t n) { p_ += n; }
  std::uint8_t byte() { return *p_++; }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      std::uint8_t b = *p_++;
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
  }
  std::int64_t signedVarint() {
    std::uint64_t v = varint();
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
  }
  double f64() {
    double d;
    std::memcpy(&d, p_, sizeof d);
    p_ += sizeof d;
    return d;
  }

 private:
  const std::uint8_t* p_;
  const std::uint8_t* end_;
};

}  // namespace reachable
