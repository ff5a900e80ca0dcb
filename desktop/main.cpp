// onemap: the county emergency situation board (一张图应急态势板).
#include "cli/Cli.h"

int main(int argc, char **argv)
{
  return onemap::runCli(argc, argv);
}
