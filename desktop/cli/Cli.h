#pragma once
// \brief `onemap` command line: the board with no verb, headless verbs for batch jobs.
namespace onemap {

//! Runs the command line; returns the process exit code
//! (0 done, 1 the job failed, 2 the command was wrong).
int runCli(int argc, char **argv);

} // namespace onemap
