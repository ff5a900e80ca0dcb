#pragma once
// \brief Asks which hidden danger or township a notice is for (a searchable
// list from the store), the date of issue and where to save the PDF.
#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace onemap {

class NoticeDialog : public QDialog
{
  Q_OBJECT
public:
  enum class Kind { Danger, Township };
  NoticeDialog(Kind kind, const QString &storePath, const QString &code, QWidget *parent = nullptr);

  QString code() const;
  QDate date() const;
  QString outPath() const;

private:
  void browse();
  void fill(const QString &storePath);

  Kind mKind;
  QComboBox *mItem = nullptr;
  QDateEdit *mDate = nullptr;
  QLineEdit *mPath = nullptr;
};

} // namespace onemap
