#pragma once
// Shared bits of the command line: streams, exit codes, common options.
#include <QCommandLineOption>
#include <QTextStream>

class QCommandLineParser;

namespace onemap::cli {

QTextStream &out();
QTextStream &err();
//! Prints "onemap: <message>" to stderr; returns 1 (the job failed).
int failure(const QString &message);
//! Prints "onemap: <message>" to stderr; returns 2 (the command was wrong).
int usageError(const QString &message);
int printHelp(const QCommandLineParser &parser);
QCommandLineOption languageOption();
//! The store used when none is named: the user's data folder.
QString defaultStorePath();

} // namespace onemap::cli
