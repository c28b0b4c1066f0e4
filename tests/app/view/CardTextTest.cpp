#include "CardText.h"

#include <gtest/gtest.h>

namespace reachable::view {
namespace {

Card card(CellKind kind, std::string title, std::optional<SourcePosition> site = std::nullopt) {
  Card c;
  c.id = 1;
  c.kind = kind;
  c.title = std::move(title);
  c.site = site;
  return c;
}

TEST(CardText, AFunctionSaysOnWhichLineItWasWritten) {
  EXPECT_EQ(cardTitle(card(CellKind::Function, "ƒ makeCounter", SourcePosition{1, 1, 0})), "ƒ makeCounter · line 1");
  EXPECT_EQ(cardTitle(card(CellKind::Function, "ƒ held => …", SourcePosition{3, 9, 0})), "ƒ held => … · line 3");
  EXPECT_EQ(cardTitle(card(CellKind::Function, "ƒ bound f")), "ƒ bound f") << "no line known";
}

TEST(CardText, OtherObjectsKeepTheirTitleAlone) {
  EXPECT_EQ(cardTitle(card(CellKind::Object, "Object", SourcePosition{2, 5, 0})), "Object");
  EXPECT_EQ(cardTitle(card(CellKind::Object, "")), "Object");
}

TEST(CardText, AnEngineObjectShownOnRequestSaysSo) {
  Card resolve = card(CellKind::Function, "ƒ resolve", SourcePosition{7, 11, 0});
  resolve.madeByEngine = true;
  EXPECT_EQ(cardTitle(resolve), "ƒ resolve · line 7 · engine");
}

TEST(CardText, FoldingRowsReadAsTheirNames) {
  CardRow more;
  more.name = "… 42 more";
  more.collapsed = true;
  more.toggle = RowToggle::Unfold;
  EXPECT_EQ(rowName(more), "… 42 more");
  CardRow fold;
  fold.name = "▲ fold";
  fold.toggle = RowToggle::Fold;
  EXPECT_EQ(rowName(fold), "▲ fold");
}

TEST(CardText, ARowHoldingAHiddenEngineObjectShowsItsTitle) {
  CardRow resolve;
  resolve.name = "resolve";
  resolve.valueText = "ƒ resolve";
  resolve.bridges.push_back({4, Strength::Strong});
  EXPECT_EQ(rowValue(resolve), "ƒ resolve");
  EXPECT_TRUE(resolve.refersByValue());
}

}  // namespace
}  // namespace reachable::view
