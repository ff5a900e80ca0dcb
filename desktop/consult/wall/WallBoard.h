#pragma once
// \brief One board on the wall: a framed panel with a heading, an optional
// note line and a read-only table sized by the wall's theme. The concrete
// boards (warnings, impact, forces, tasks) fill it from JudgementData.
#include <QFrame>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace onemap {

struct JudgementData;
class WallTheme;

class WallBoard : public QFrame
{
  Q_OBJECT
public:
  WallBoard(const QString &code, const WallTheme &theme, QWidget *parent = nullptr);

  //! Board code: warnings, impact, forces, tasks.
  QString code() const { return mCode; }
  QTableWidget *table() const { return mTable; }
  QLabel *heading() const { return mHeading; }
  QLabel *note() const { return mNote; }

  //! Shows \a data; the board keeps nothing else.
  void showData(const JudgementData &data);
  //! Rows that do not fit (the wall is not scrolled); the board says how many.
  int hiddenRows() const { return mHiddenRows; }

protected:
  virtual void fill(const JudgementData &data) = 0;
  void resizeEvent(QResizeEvent *event) override;

  void setHeading(const QString &text);
  //! A line under the heading; hidden when empty.
  void setNote(const QString &text);
  //! Clears the table and sets its columns; \a stretch takes the spare width.
  //! \a stretch -1: all columns share the width. All headers empty: no header line.
  void setColumns(const QStringList &headers, int stretch = 0);
  //! Appends a row; numeric columns are right-aligned. Returns the row.
  int addRow(const QStringList &cells, const QList<int> &numericColumns = {});
  //! Appends one cell spanning every column (a section line or a long text).
  int addSpanRow(const QString &text, bool bold = false);
  void colourRow(int row, const QColor &foreground);
  QTableWidgetItem *item(int row, int column) const;

  const WallTheme &mTheme;

private:
  QString mCode;
  QLabel *mHeading = nullptr;
  QLabel *mNote = nullptr;
  QTableWidget *mTable = nullptr;
  QLabel *mMore = nullptr;
  int mHiddenRows = 0;

  void updateHiddenRows();
};

} // namespace onemap
