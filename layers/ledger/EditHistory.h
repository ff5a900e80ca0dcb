#pragma once
// \brief The session's undo stack over ledger edits.
//
// Every edit goes through the audited Table API, and so does its undo: an
// undone insert is a delete, an undone update writes the old values back, an
// undone delete restores the row under its old id with its geometry. The audit
// log therefore shows both the edit and its undo.
#include "store/Record.h"
#include "store/Result.h"
#include "store/TableSpec.h"

#include <QObject>
#include <QVector>

namespace onemap {

class Store;

class EditHistory : public QObject
{
  Q_OBJECT
public:
  enum class Action { Insert, Update, Delete };
  struct Edit
  {
    const TableSpec *spec = nullptr;
    Action action = Action::Insert;
    Record before; //!< empty for an insert
    Record after;  //!< empty for a delete
    //! Rows a delete took with it (reserve_items of a depot), restored by its undo.
    QVector<QPair<const TableSpec *, Record>> children;
    qint64 rowId() const { return after.id > 0 ? after.id : before.id; }
  };

  EditHistory(Store &store, QString actor, QObject *parent = nullptr);

  //! The writes; each validates through Table (TableSpec) and is audited.
  Result<qint64> insert(const TableSpec &spec, const Record &record);
  Status update(const TableSpec &spec, const Record &record);
  Status remove(const TableSpec &spec, qint64 id);

  bool canUndo() const { return !mEdits.isEmpty(); }
  int size() const { return mEdits.size(); }
  const Edit &last() const { return mEdits.last(); }
  //! Undoes the newest edit. If the row changed since (another user, another
  //! tool), nothing is written, the edit is dropped and the message says so.
  Status undo();

  const QString &actor() const { return mActor; }
  Store &store() const { return mStore; }

Q_SIGNALS:
  //! After an edit or an undo changed \a table (row \a id).
  void changed(const QString &table, qint64 id);

private:
  Status push(const TableSpec &spec, Action action, const Record &before, qint64 id,
              const QVector<QPair<const TableSpec *, Record>> &children = {});
  Status undoEdit(const Edit &edit);

  Store &mStore;
  QString mActor;
  QVector<Edit> mEdits;
  static constexpr int kLimit = 100; //!< oldest edits fall off; the audit log keeps them
};

} // namespace onemap
