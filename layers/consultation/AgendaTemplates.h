#pragma once
// \brief Agenda templates for consultation meetings ("1+7+N"): one annual
// outlook, seven seasonal stages and a rolling event meeting per hazard, plus
// templates the users save themselves (table consultation_templates).
//
// Built-ins are made in code, translated when asked for, and always
// available; user templates are stored as JSON steps and can be edited.
#include "store/Result.h"

#include <QStringList>
#include <QVector>

namespace onemap {

class Store;

struct AgendaStep
{
  QString title;
  QStringList boards;        //!< map, overview, warnings, impact, forces, tasks
  QStringList layerGroups;   //!< suggested layer groups (catalog group codes)
  QString notes;             //!< default speaker notes
  bool operator==(const AgendaStep &o) const
  {
    return title == o.title && boards == o.boards && layerGroups == o.layerGroups && notes == o.notes;
  }
};

struct AgendaTemplate
{
  qint64 id = 0;             //!< consultation_templates.id; 0 for a built-in
  QString key;               //!< stable code of a built-in (e.g. "rolling_event/rainstorm"); empty for user ones
  QString name;
  QString kind;              //!< annual_outlook, seasonal_stage, rolling_event
  QString hazard;            //!< for rolling_event; empty otherwise
  QVector<AgendaStep> steps;

  bool isBuiltIn() const { return !key.isEmpty(); }
};

class AgendaTemplates
{
public:
  static constexpr int kMaxSteps = 200;
  static constexpr int kMaxJsonBytes = 4 * 1024 * 1024;

  explicit AgendaTemplates(Store &store) : mStore(store) {}

  //! Annual outlook, the 7 seasonal stages in season order, then one rolling
  //! event meeting per hazard in rollingHazards() order.
  static QVector<AgendaTemplate> builtIns();
  static const QStringList &rollingHazards();
  //! The built-in with \a key; fails naming the key when there is none.
  static Result<AgendaTemplate> builtIn(const QString &key);

  //! Steps as a JSON array text, and back (fails with a message on bad or huge input).
  static QString stepsToJson(const QVector<AgendaStep> &steps);
  static Result<QVector<AgendaStep>> stepsFromJson(const QString &json);

  //! Built-ins first, then the user templates by name.
  QVector<AgendaTemplate> list() const;
  //! Inserts (id 0) or updates a user template; returns its id. Built-ins cannot be saved.
  Result<qint64> save(const AgendaTemplate &t, const QString &actor);
  Result<AgendaTemplate> load(qint64 id) const;
  Status remove(qint64 id, const QString &actor);

private:
  Store &mStore;
};

} // namespace onemap
