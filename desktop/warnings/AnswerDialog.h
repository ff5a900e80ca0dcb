#pragma once
// \brief Asks who answered a call (the person themself or a stand-in) and an
// optional note, for the call panel's "Answered…" button.
#include <QDialog>

class QComboBox;
class QLineEdit;

namespace onemap {

class AnswerDialog : public QDialog
{
  Q_OBJECT
public:
  //! \a personName is offered first; \a unitName and \a role say whose call it is.
  AnswerDialog(const QString &personName, const QString &unitName, const QString &role, QWidget *parent = nullptr);

  QString answeredBy() const;
  QString note() const;
  QComboBox *answeredByEdit() const { return mWho; }
  QLineEdit *noteEdit() const { return mNote; }

private:
  QComboBox *mWho = nullptr;
  QLineEdit *mNote = nullptr;
};

} // namespace onemap
