#pragma once
// \brief The meeting's decisions as a numbered list over a
// ConsultationSession; edited in place through the session (one undo step
// each, saved at once), read-only when the meeting is closed.
#include "consultation/ConsultationRecords.h"

#include <QAbstractListModel>

namespace onemap {

class ConsultationSession;

class DecisionsModel : public QAbstractListModel
{
  Q_OBJECT
public:
  explicit DecisionsModel(ConsultationSession *session, QObject *parent = nullptr);

  const QVector<ConsultationDecision> &decisions() const { return mDecisions; }
  //! Re-reads the session's meeting (connected to its recordChanged and meetingChanged).
  void refresh();

  int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  Qt::ItemFlags flags(const QModelIndex &index) const override;
  bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
  void refused(const QString &message);

private:
  ConsultationSession *mSession;
  QVector<ConsultationDecision> mDecisions;
};

} // namespace onemap
