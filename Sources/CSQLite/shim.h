// The system SQLite (pkg-config sqlite3, apt libsqlite3-dev): PlotData reads Optuna studies through it.
#include <sqlite3.h>
