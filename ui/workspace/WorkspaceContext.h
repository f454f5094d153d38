#pragma once

#include "core/Clock.h"
#include "core/InstrumentCatalog.h"
#include "db/access/SignedInUser.h"
#include "db/storage/Database.h"

#include <QSqlDatabase>

namespace signaali::ui {

class WorkspaceEvents;

// What every workspace page needs: the database, the instruments, the clock and
// who is signed in. The pages ask db/ for data with `user`; db/ decides what
// that user may see.
struct WorkspaceContext
{
    db::Database* database = nullptr;
    const InstrumentCatalog* catalog = nullptr;
    const Clock* clock = &Clock::system();
    db::SignedInUser user;
    WorkspaceEvents* events = nullptr; // the window's; pages announce their changes here

    QSqlDatabase& db() const { return database->connection(); }
    QDate today() const { return clock->nowUtc().toLocalTime().date(); }
};

} // namespace signaali::ui
