#include "WallScreensDialog.h"

#include "WallWindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace onemap {

WallScreensDialog::WallScreensDialog(const QList<QScreen *> &screens, QScreen *seat, QWidget *parent)
  : QDialog(parent), mScreens(screens)
{
  setWindowTitle(tr("Video wall screens"));
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("Show the wall on these screens:"), this));
  for (QScreen *screen : screens) {
    const QRect g = screen->geometry();
    auto *box = new QCheckBox(tr("%1  (%2 x %3 at %4, %5)").arg(screen->name()).arg(g.width()).arg(g.height()).arg(g.x()).arg(g.y()), this);
    box->setChecked(screens.size() == 1 || screen != seat);
    connect(box, &QCheckBox::toggled, this, &WallScreensDialog::updateSummary);
    layout->addWidget(box);
    mBoxes << box;
  }
  mSummary = new QLabel(this);
  layout->addWidget(mSummary);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Show the wall"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  updateSummary();
}

QList<QScreen *> WallScreensDialog::chosen() const
{
  QList<QScreen *> out;
  for (int i = 0; i < mBoxes.size(); ++i)
    if (mBoxes[i]->isChecked())
      out << mScreens[i];
  return out;
}

void WallScreensDialog::updateSummary()
{
  const QList<QScreen *> screens = chosen();
  if (screens.isEmpty()) {
    mSummary->setText(tr("Choose at least one screen."));
    return;
  }
  const QRect united = WallWindow::unitedGeometry(screens);
  mSummary->setText(tr("The wall: %1 x %2 pixels.").arg(united.width()).arg(united.height()));
}

} // namespace onemap
