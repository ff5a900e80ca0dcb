#pragma once
// Test helper: runs the built `onemap` executable offscreen and keeps what it
// printed, for the end-to-end command-line tests.
#include <QProcess>
#include <QStringList>

namespace onemap::testing {

struct Run
{
  int code = -1; //!< exit code; -1 when it crashed or did not finish
  QString out;
  QString err;
};

inline Run runOnemap(const QStringList &args, int timeoutMs = 300000)
{
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  p.setProcessEnvironment(env);
  p.start(QStringLiteral(ONEMAP_BINARY_DIR "/bin/onemap"), args);
  Run r;
  if (!p.waitForFinished(timeoutMs))
    return r;
  r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
}

//! The line that says what went wrong (QGIS may print its own noise around it).
inline QString onemapError(const QString &stderrText)
{
  for (const QString &line : stderrText.split(QLatin1Char('\n')))
    if (line.startsWith(QLatin1String("onemap: ")))
      return line;
  return QString();
}

} // namespace onemap::testing
