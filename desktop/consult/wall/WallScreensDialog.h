#pragma once
// \brief Which screens the video wall covers: one check box per screen the
// system knows (name and pixel size), all but the operator's own checked at
// first; the united size is shown as it will be used.
#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QScreen;

namespace onemap {

class WallScreensDialog : public QDialog
{
  Q_OBJECT
public:
  //! \a seat: the operator's screen, left out by default when there are others.
  WallScreensDialog(const QList<QScreen *> &screens, QScreen *seat, QWidget *parent = nullptr);

  QList<QScreen *> chosen() const;

private:
  void updateSummary();

  QList<QScreen *> mScreens;
  QList<QCheckBox *> mBoxes;
  QLabel *mSummary = nullptr;
};

} // namespace onemap
