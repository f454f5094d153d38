#pragma once

#include "core/Clock.h"
#include "core/Instrument.h"
#include "db/access/AccessRules.h"
#include "db/exchange/BundleContent.h"
#include "db/exchange/Bundles.h"
#include "db/store/BulkLoad.h"
#include "db/store/ResponseBatch.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <optional>
#include <unordered_map>

namespace signaali::db::bundle {

// Merges an identified bundle's records into the database, inside the
// caller's transaction (a refusal rolls everything back). The rules
// (docs/bundles.md): records merge by uuid, or by an alias a match left; a
// pupil the bundle brings under a new uuid is matched as the class-list import
// matches (identity code, else names and date of birth within the school); a
// completed response is never changed, and what would change one is a
// conflict; erasures travel as tombstones.
class IdentifiedMerge
{
public:
    IdentifiedMerge(QSqlDatabase& db, const SignedInUser& user, const Content& content,
                    const Clock& clock);
    std::optional<Refusal> run(BundleImported& result);
    // The local uuids of the pupils the bundle added or changed, for the audit log.
    const QStringList& touchedPupils() const { return m_touched; }
    // After a refusal: the local uuid of a pupil of another school whose
    // identity code the bundle named, to be logged under that pupil.
    const QString& namedElsewhere() const { return m_namedElsewhere; }

private:
    std::optional<Refusal> tombstones(BundleImported& result);
    std::optional<Refusal> schools();
    std::optional<Refusal> groups(BundleImported& result);
    std::optional<Refusal> rounds(BundleImported& result);
    std::optional<Refusal> instruments(BundleImported& result);
    std::optional<Refusal> users(BundleImported& result);
    std::optional<Refusal> pupils(BundleImported& result);
    std::optional<Refusal> responses(BundleImported& result);
    std::optional<Refusal> flagHandling(BundleImported& result);
    std::optional<Refusal> caseActions(BundleImported& result);
    std::optional<Refusal> caseShares(BundleImported& result);

    // Responses (ResponseMerge.cpp); the case records are in CaseRecordMerge.cpp.
    std::optional<Refusal> mergeResponse(const Record& record, BundleImported& result);
    std::optional<Refusal> checkContent(const Record& record, StagedResponse& staged);
    std::optional<Refusal> stage(const StagedResponse& staged);
    std::optional<Refusal> preloadResponses();
    bool mayReceive(qint64 pupilId);
    qint64 pupilSchool(qint64 pupilId);
    void touch(qint64 pupilId);
    std::optional<Refusal> conflict(const Record& record, const QString& kind, qint64 pupilId,
                                    qint64 localResponseId, BundleImported& result);

    // The local id of a record known by `uuid` (its own or an alias): from this
    // bundle first, then the database.
    std::optional<qint64> local(const QString& table, const QString& kind, const QString& uuid,
                                const QHash<QString, qint64>& fromBundle);
    std::optional<qint64> pupil(const QString& uuid);
    // A response here by its uuid (responses have no aliases).
    std::optional<qint64> responseHere(const QString& uuid);
    std::optional<qint64> userId(const QString& username);
    bool erased(const QString& pupilUuid);
    bool addAlias(const QString& uuid, const QString& kind, const QString& localUuid);
    std::optional<Instrument> instrument(qint64 versionId);
    Refusal failed(const Record& record, const QSqlQuery& query) const;
    // Statements prepared once per merge: preparing an insert compiles the
    // triggers on its table, the larger part of a merge's time otherwise.
    bool execCached(const QString& sql, std::initializer_list<QVariant> values);
    std::optional<QVariant> cachedScalar(const QString& sql,
                                         std::initializer_list<QVariant> values = {});
    QString now() const { return isoUtc(m_clock.nowUtc()); }

    QSqlDatabase& m_db;
    SignedInUser m_user;
    const Content& m_content;
    const Clock& m_clock;
    AccessRules m_rules;
    BulkLoad m_bulk;
    ResponseBatch m_batch;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QSqlQuery* m_last = nullptr; // the statement execCached ran last

    QHash<QString, qint64> m_schools, m_groups, m_rounds, m_pupils, m_users;
    QHash<QString, qint64> m_instruments; // "id\nversion"
    QHash<qint64, Instrument> m_loaded;
    QSet<QString> m_erased;
    QSet<qint64> m_allowedPupils;
    QSet<qint64> m_refusedPupils;
    QHash<qint64, qint64> m_pupilSchools;
    QSet<qint64> m_touchedIds;
    QHash<QString, qint64> m_existingResponses; // the bundle's responses here already, by uuid
    QSet<qint64> m_preloadedPupils;             // whose questionnaires here were read at once
    QHash<QString, qint64> m_completedHere;     // "pupil|round|instrument" -> response
    QSet<QString> m_unfinishedHere;
    QSet<QString> m_notMerged; // responses of erased pupils, and conflicts
    QStringList m_touched;
    QSet<QString> m_touchedSet;
    QSet<QPair<qint64, qint64>> m_resultSchoolRounds;
    QString m_namedElsewhere;
};

} // namespace signaali::db::bundle
