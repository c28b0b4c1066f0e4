#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>

namespace reachable {

// Interns identifier names: every spelling is stored once and handed out as a
// string_view that stays valid as long as the table (the parse result) lives,
// so AST nodes stay trivially destructible and names compare cheaply.
class NameTable {
 public:
  std::string_view intern(std::string_view name) {
    if (const auto found = index_.find(name); found != index_.end()) return *found;
    const std::string_view stored = storage_.emplace_back(name);  // deque: elements never move
    index_.insert(stored);
    return stored;
  }

 private:
  std::deque<std::string> storage_;
  std::unordered_set<std::string_view> index_;
};

}  // namespace reachable
