#pragma once

#include "core/Clock.h"
#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace signaali::db {

// Results moving between installations as signed, encrypted bundle files
// (docs/bundles.md). Who may send and receive which kind is decided by
// AccessRules (SendIdentified, ReceiveIdentified, SendSummary, ReceiveSummary).

enum class BundleKind {
    Identified, // pupils, their answers, results, flag handling and case follow-up
    Summary,    // the group summary's counts with round and school metadata only
};
QString bundleKindId(BundleKind kind); // identified, summary

struct BundleRequest
{
    QString to; // a trusted device's name
    BundleKind kind = BundleKind::Identified;
    QStringList schools; // names; empty: every school the user may send
    QStringList rounds;  // names; empty: every round
    QString since;       // the id of a bundle sent to the same device: only what changed after it
    QString path;
    bool replace = false; // an existing file at `path` may be replaced
};

struct BundleMade
{
    QString bundleId;
    QString path;
    QMap<QString, qint64> records; // per record type
    qint64 bytes = 0;
};

// What an import did. Everything of one bundle is merged in one transaction.
struct BundleImported
{
    QString bundleId;
    QString kind;
    QString sender;
    QMap<QString, qint64> added;     // per record type
    QMap<QString, qint64> unchanged; // already here with the same content
    qint64 aliased = 0;              // pupils (schools, classes, rounds) matched to one kept here
    qint64 superseded = 0;           // in-progress responses replaced by completed ones
    qint64 conflicts = 0;            // listed for the nurse, nothing overwritten
    qint64 erased = 0;               // pupils erased here by a tombstone in the bundle
    qint64 skippedErased = 0;        // records of pupils already erased here
    qint64 outOfReach = 0; // records of pupils here in a school the receiving nurse is not of
};

using BundleProgress = std::function<void(qint64 done, qint64 total)>;

// Writes a bundle for the trusted device `request.to`; audited (export.bundle).
Outcome<BundleMade> exportBundle(QSqlDatabase& db, const SignedInUser& user,
                                 const BundleRequest& request, const BundleProgress& progress = {},
                                 const Clock& clock = Clock::system());

// Checks the bundle at `path` in order (the sender trusted and not revoked and
// its signature; addressed here; a schema this version reads; not imported
// before; the whole stream; every record) and merges it. Any refusal changes
// nothing. `shownName` names the file in messages (default: the path).
Outcome<BundleImported> importBundle(QSqlDatabase& db, const SignedInUser& user,
                                     const QString& path, const BundleProgress& progress = {},
                                     const Clock& clock = Clock::system(),
                                     const QString& shownName = {});

// A record a bundle carried that would have overwritten one kept here.
struct BundleConflict
{
    qint64 id = 0;
    QString bundleId;
    QString foundAt;
    QString kind; // changed_response, second_completed
    qint64 pupilId = 0;
    QString pupilUuid;
    QString lastName;
    QString firstName;
    QString round;
    QString instrument;
    qint64 localResponseId = 0;
    QString responseUuid;
};
// The conflicts of the nurse's pupils (ViewSchoolPupils), newest first; audited.
Outcome<QList<BundleConflict>> bundleConflicts(QSqlDatabase& db, const SignedInUser& user,
                                               const Clock& clock = Clock::system());

} // namespace signaali::db
