#pragma once
// Shared bits of the command line: streams, exit codes, common options.
#include <QCommandLineOption>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

namespace onemap::cli {

QTextStream &out();
QTextStream &err();
//! Prints "onemap: <message>" to stderr; returns 1 (the job failed).
int failure(const QString &message);
//! Prints "onemap: <message>" to stderr; returns 2 (the command was wrong).
int usageError(const QString &message);
int printHelp(const QCommandLineParser &parser);
//! Adds --lang, parses \a arguments and handles --help: returns the exit
//! code when the command is finished here (help shown or wrong options).
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
QCommandLineOption languageOption();
//! The store used when none is named: the user's data folder.
QString defaultStorePath();
//! Who is recorded in the audit log: --by (the parser must define it), else the login name.
QString actor(const QCommandLineParser &parser);

} // namespace onemap::cli
