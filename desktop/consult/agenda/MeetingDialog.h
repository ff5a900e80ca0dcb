#pragma once
// \brief A new consultation meeting from an agenda template: the template
// (built-ins and the user's own), title (template name and date until the
// operator types one), kind and hazard (from the template), date, place,
// chair, attendees and the warning in force the meeting is about.
#include "consultation/AgendaTemplates.h"
#include "consultation/ConsultationRecords.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace onemap {

class Store;

class MeetingDialog : public QDialog
{
  Q_OBJECT
public:
  //! Lists the templates and the warnings in force from \a store.
  explicit MeetingDialog(Store &store, QWidget *parent = nullptr);

  AgendaTemplate agenda() const;
  //! The meeting's header fields as entered (no steps).
  Consultation header() const;

  //! Attendees typed one a line or separated by 、 , ， ; or ；.
  static QStringList splitAttendees(const QString &text);
  //! What people read for a meeting kind (annual_outlook ...) and status (open, closed).
  static QString kindLabel(const QString &kind);
  static QString statusLabel(const QString &status);

  void accept() override;

private:
  void templateChosen();
  void dateChanged();
  void fillWarnings();
  QString autoTitle() const;

  Store &mStore;
  QVector<AgendaTemplate> mTemplates;
  QComboBox *mTemplate = nullptr;
  QLineEdit *mTitle = nullptr;
  QComboBox *mKind = nullptr;
  QComboBox *mHazard = nullptr;
  QDateEdit *mDate = nullptr;
  QLineEdit *mPlace = nullptr;
  QLineEdit *mChair = nullptr;
  QPlainTextEdit *mAttendees = nullptr;
  QComboBox *mWarning = nullptr;
  QLabel *mMessage = nullptr;
  bool mTitleTyped = false;
};

} // namespace onemap
