#pragma once

namespace reachable {

// The interface's scale as Ctrl +, Ctrl − and Ctrl 0 change it: a ladder of familiar
// zoom levels rather than free factors, so that text lands on whole pixel sizes.
namespace UiScale {

inline constexpr double kDefault = 1.0;
inline constexpr double kLevels[] = {0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};

double larger(double scale);
double smaller(double scale);
// The nearest level, for a value read from a settings file.
double nearestLevel(double scale);

}  // namespace UiScale
}  // namespace reachable
