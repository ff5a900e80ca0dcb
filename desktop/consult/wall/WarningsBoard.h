#pragma once
#include "WallBoard.h"

namespace onemap {

// \brief Wall board: the warnings in force, most severe first, each with its
// level colour, hazard, headline, stage and expiry.
class WarningsBoard : public WallBoard
{
  Q_OBJECT
public:
  explicit WarningsBoard(const WallTheme &theme, QWidget *parent = nullptr) : WallBoard(QStringLiteral("warnings"), theme, parent) {}

protected:
  void fill(const JudgementData &data) override;
};

} // namespace onemap
