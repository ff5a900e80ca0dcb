#pragma once
#include "WallBoard.h"

namespace onemap {

// \brief Wall board: threatened objects by township for the meeting's warning
// (else the most severe in force), plus the hazard plugins' sections.
class ImpactBoard : public WallBoard
{
  Q_OBJECT
public:
  explicit ImpactBoard(const WallTheme &theme, QWidget *parent = nullptr) : WallBoard(QStringLiteral("impact"), theme, parent) {}

protected:
  void fill(const JudgementData &data) override;
};

} // namespace onemap
