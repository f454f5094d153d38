#pragma once

#include "core/Clock.h"
#include "core/Instrument.h"
#include "core/QuestionnaireSession.h"
#include "db/store/ResponseStore.h"

#include <QDate>
#include <QSqlDatabase>

namespace signaali::db {

struct GroupInfo
{
    qint64 id = 0;
    QString name;
    QString kind; // class or group
};

// A pupil on the kiosk's check-in list and how far they are in this screening.
struct KioskPupil
{
    enum class Status { NotStarted, InProgress, Completed };
    qint64 id = 0;
    QString uuid;        // for the audit log, which names pupils by uuid only
    QString displayName; // "Aino M." style: first name and initial, as shown on a shared screen
    QString fullName;
    QDate dateOfBirth;
    QString language;
    Status status = Status::NotStarted;
    // A critical answer of this round that the nurse has not yet marked handled,
    // in any questionnaire, finished or not; its codes (critical.<item>).
    bool critical = false;
    QStringList criticalCodes;
};

// What the screening kiosk reads and writes: a class's pupils with their
// status for one round and set of instruments.
class KioskStore
{
public:
    explicit KioskStore(QSqlDatabase& db) : m_db(db) {}

    QList<GroupInfo> groups(qint64 schoolId);
    QList<KioskPupil> pupils(qint64 groupId, qint64 roundId,
                             const QList<const Instrument*>& instruments);

    // The one-time check-in code of every pupil in the group for the round,
    // made (from a cryptographic random source) where missing. Pairs of pupil id and code.
    QList<std::pair<qint64, QString>> checkInCodes(qint64 groupId, qint64 roundId,
                                                   const QString& createdAt);
    // The pupil of the group whose code this is for the round (case and spaces ignored).
    std::optional<qint64> pupilForCode(qint64 groupId, qint64 roundId, const QString& code);

private:
    // Per pupil of the group, the critical answers of the round not yet handled.
    QHash<qint64, QStringList> unhandledCriticalCodes(qint64 groupId, qint64 roundId);

    QSqlDatabase& m_db;
};

// Saves kiosk answers straight into a response, one commit per answer, with
// any critical answer recorded for the nurse in the same commit.
class DatabaseAnswerSink : public AnswerSink
{
public:
    DatabaseAnswerSink(ResponseStore& store, qint64 responseId, const Instrument& instrument)
        : m_store(store), m_responseId(responseId), m_instrument(instrument)
    {
    }
    bool saveAnswer(const QString& itemId, double value) override
    {
        return m_store.saveAnswer(m_responseId, itemId, value, &m_instrument);
    }
    bool discardAnswers(const QStringList& itemIds) override
    {
        return m_store.discardAnswers(m_responseId, itemIds);
    }

private:
    ResponseStore& m_store;
    qint64 m_responseId;
    const Instrument& m_instrument;
};

} // namespace signaali::db
