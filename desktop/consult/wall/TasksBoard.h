#pragma once
#include "WallBoard.h"

namespace onemap {

// \brief Wall board: the meeting's decisions and tasks, overdue tasks in red.
class TasksBoard : public WallBoard
{
  Q_OBJECT
public:
  explicit TasksBoard(const WallTheme &theme, QWidget *parent = nullptr) : WallBoard(QStringLiteral("tasks"), theme, parent) {}

protected:
  void fill(const JudgementData &data) override;
};

} // namespace onemap
