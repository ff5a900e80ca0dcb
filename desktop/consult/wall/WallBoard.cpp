#include "WallBoard.h"

#include "WallTheme.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onemap {

WallBoard::WallBoard(const QString &code, const WallTheme &theme, QWidget *parent)
  : QFrame(parent), mTheme(theme), mCode(code)
{
  setObjectName(QStringLiteral("wallBoard"));
  setProperty("boardCode", code);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(theme.px(14), theme.px(8), theme.px(14), theme.px(8));
  layout->setSpacing(theme.px(4));

  mHeading = new QLabel(this);
  mHeading->setObjectName(QStringLiteral("wallBoardHeading"));
  mHeading->setFont(theme.font(WallTheme::Role::Heading));
  layout->addWidget(mHeading);

  mNote = new QLabel(this);
  mNote->setObjectName(QStringLiteral("wallBoardNote"));
  mNote->setWordWrap(true);
  mNote->hide();
  layout->addWidget(mNote);

  mTable = new QTableWidget(this);
  mTable->setFont(theme.font(WallTheme::Role::Text));
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->setSelectionMode(QAbstractItemView::NoSelection);
  mTable->setFocusPolicy(Qt::NoFocus);
  mTable->setShowGrid(false);
  mTable->setWordWrap(false);
  mTable->setTextElideMode(Qt::ElideRight);
  // The wall is looked at, never scrolled: rows that do not fit are cut.
  mTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  mTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  mTable->verticalHeader()->hide();
  mTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  mTable->verticalHeader()->setDefaultSectionSize(theme.rowHeight());
  mTable->horizontalHeader()->setFixedHeight(theme.rowHeight());
  mTable->horizontalHeader()->setHighlightSections(false);
  mTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
  layout->addWidget(mTable, 1);

  mMore = new QLabel(this);
  mMore->setObjectName(QStringLiteral("wallBoardNote"));
  mMore->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  mMore->hide();
  layout->addWidget(mMore);
}

void WallBoard::showData(const JudgementData &data)
{
  fill(data);
  updateHiddenRows();
}

void WallBoard::resizeEvent(QResizeEvent *event)
{
  QFrame::resizeEvent(event);
  updateHiddenRows();
}

void WallBoard::updateHiddenRows()
{
  // Rows fitting under the header; when some do not, the "more" line takes
  // its room and says how many are cut. Cut rows are hidden, not half drawn.
  const QHeaderView *header = mTable->horizontalHeader();
  const int moreRoom = mMore->sizeHint().height() + layout()->spacing();
  const int room = mTable->height() - (header->isVisible() ? header->height() : 0) + (mMore->isVisible() ? moreRoom : 0);
  const int rowHeight = qMax(1, mTheme.rowHeight());
  int fitting = room / rowHeight;
  if (fitting < mTable->rowCount())
    fitting = qMax(0, (room - moreRoom) / rowHeight);
  mHiddenRows = qMax(0, mTable->rowCount() - fitting);
  for (int r = 0; r < mTable->rowCount(); ++r)
    mTable->setRowHidden(r, r >= fitting);
  mMore->setText(mHiddenRows > 0 ? tr("+%n more not shown", nullptr, mHiddenRows) : QString());
  mMore->setVisible(mHiddenRows > 0);
}

void WallBoard::setHeading(const QString &text) { mHeading->setText(text); }

void WallBoard::setNote(const QString &text)
{
  mNote->setText(text);
  mNote->setVisible(!text.isEmpty());
}

void WallBoard::setColumns(const QStringList &headers, int stretch)
{
  mTable->horizontalHeader()->setVisible(!headers.join(QString()).isEmpty());
  mTable->clear();
  mTable->setRowCount(0);
  mTable->setColumnCount(headers.size());
  mTable->setHorizontalHeaderLabels(headers);
  QHeaderView *h = mTable->horizontalHeader();
  for (int c = 0; c < headers.size(); ++c)
    h->setSectionResizeMode(c, (c == stretch || stretch < 0) ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

int WallBoard::addRow(const QStringList &cells, const QList<int> &numericColumns)
{
  const int row = mTable->rowCount();
  mTable->insertRow(row);
  for (int c = 0; c < cells.size() && c < mTable->columnCount(); ++c) {
    auto *it = new QTableWidgetItem(cells[c]);
    it->setTextAlignment((numericColumns.contains(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    mTable->setItem(row, c, it);
  }
  return row;
}

int WallBoard::addSpanRow(const QString &text, bool bold)
{
  const int row = mTable->rowCount();
  mTable->insertRow(row);
  auto *it = new QTableWidgetItem(text);
  if (bold) {
    QFont f = mTable->font();
    f.setBold(true);
    it->setFont(f);
  }
  mTable->setItem(row, 0, it);
  if (mTable->columnCount() > 1)
    mTable->setSpan(row, 0, 1, mTable->columnCount());
  return row;
}

void WallBoard::colourRow(int row, const QColor &foreground)
{
  for (int c = 0; c < mTable->columnCount(); ++c)
    if (QTableWidgetItem *it = mTable->item(row, c))
      it->setForeground(foreground);
}

QTableWidgetItem *WallBoard::item(int row, int column) const { return mTable->item(row, column); }

} // namespace onemap
