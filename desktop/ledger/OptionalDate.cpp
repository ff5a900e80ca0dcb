#include "OptionalDate.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QEvent>

namespace onemap::OptionalDate {

namespace {
class CalendarOpensToday : public QObject
{
public:
  explicit CalendarOpensToday(QDateTimeEdit *edit) : QObject(edit), mEdit(edit) { edit->calendarWidget()->installEventFilter(this); }
  bool eventFilter(QObject *watched, QEvent *event) override
  {
    if (event->type() == QEvent::Show && mEdit->date() == none()) {
      const QDate today = QDate::currentDate();
      static_cast<QCalendarWidget *>(watched)->setCurrentPage(today.year(), today.month());
    }
    return false;
  }

private:
  QDateTimeEdit *mEdit;
};
} // namespace

QDate none() { return QDate(1900, 1, 1); }

void setUp(QDateTimeEdit *edit, const QString &noneText)
{
  edit->setCalendarPopup(true);
  edit->setMinimumDate(none());
  edit->setSpecialValueText(noneText);
  edit->setDate(none());
  new CalendarOpensToday(edit);
}

} // namespace onemap::OptionalDate
