#pragma once
#include "WallBoard.h"

namespace onemap {

// \brief Wall board: rescue teams by status and the materials at hand.
class ForcesBoard : public WallBoard
{
  Q_OBJECT
public:
  explicit ForcesBoard(const WallTheme &theme, QWidget *parent = nullptr) : WallBoard(QStringLiteral("forces"), theme, parent) {}

protected:
  void fill(const JudgementData &data) override;
};

} // namespace onemap
