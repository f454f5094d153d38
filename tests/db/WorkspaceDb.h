#pragma once

#include "TestDb.h"
#include "db/admin/UserAdmin.h"
#include "db/admin/UserStore.h"
#include "db/sql/SqlHelpers.h"
#include "db/store/ResponseStore.h"

#include <QSqlError>
#include <QSqlQuery>

// A database file with the workspace's people: set-up done (an administrator
// and a nurse of Testikoulu), a second nurse in Toinen koulu, a case team
// member, a welfare group and a coordinator; pupils in 8A of Testikoulu and one
// pupil in Toinen koulu; two rounds. Time comes from a ManualClock.
struct WorkspaceDb : TestDb
{
    signaali::ManualClock clock{QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC)};
    signaali::db::SignedInUser admin, nurse, otherNurse, caseTeam, welfare, coordinator;
    qint64 schoolId = 0;
    qint64 otherSchoolId = 0;
    qint64 classId = 0;
    qint64 nextRoundId = 0;
    qint64 otherPupilId = 0;
    static inline const QString kPassword = QStringLiteral("correct horse battery");

    bool build(int pupils)
    {
        using namespace signaali::db;
        if (!seed(pupils))
            return false;
        signaali::Roster roster;
        signaali::RosterPupil p;
        p.line = 2;
        p.lastName = QStringLiteral("Muualla");
        p.firstName = QStringLiteral("Olli");
        p.dateOfBirth = QDate(2012, 5, 5);
        p.className = QStringLiteral("8C");
        roster.pupils << p;
        PupilStore pupilStore(db->connection());
        if (!pupilStore.importRoster(roster, QStringLiteral("Toinen koulu"), false))
            return false;
        otherPupilId = pupilStore.pupils(QStringLiteral("Toinen koulu")).first().id;
        OrganisationStore organisation(db->connection(), clock);
        schoolId = organisation.school(QStringLiteral("Testikoulu"))->id;
        otherSchoolId = organisation.school(QStringLiteral("Toinen koulu"))->id;
        classId =
            *organisation.ensureGroup(schoolId, QStringLiteral("8A"), QStringLiteral("class"));
        const auto next = organisation.createRound(QStringLiteral("kevät 2027"), QDate(2027, 2, 1));
        if (!next)
            return false;
        nextRoundId = next->id;

        UserStore users(db->connection(), clock);
        FirstSetup setup{QStringLiteral("Testikunta"),
                         QStringLiteral("Testikoulu"),
                         QStringLiteral("admin"),
                         QStringLiteral("Anna Admin"),
                         kPassword,
                         QStringLiteral("hoitaja"),
                         QStringLiteral("Hilkka Hoitaja"),
                         kPassword};
        if (const auto done = users.runFirstSetup(setup); !done) {
            qWarning("set-up: %s (%s)", qPrintable(done.error()), qPrintable(done.refusal.detail));
            return false;
        }
        admin = *users.signIn(QStringLiteral("admin"), kPassword).user;
        nurse = *users.signIn(QStringLiteral("hoitaja"), kPassword).user;
        otherNurse = make(QStringLiteral("toinen"), Role::Nurse, {otherSchoolId});
        caseTeam = make(QStringLiteral("psykologi"), Role::CaseTeam, {});
        welfare = make(QStringLiteral("ryhma"), Role::WelfareGroup, {schoolId});
        coordinator = make(QStringLiteral("koordinaattori"), Role::Coordinator, {});
        return otherNurse.id && caseTeam.id && welfare.id && coordinator.id;
    }

    signaali::db::SignedInUser make(const QString& username, signaali::db::Role role,
                                    const QList<qint64>& schools)
    {
        signaali::db::UserStore users(db->connection(), clock);
        signaali::db::UserAdmin accounts(db->connection(), clock);
        signaali::db::NewUser user{username, username.toUpper(), role, kPassword, schools};
        const auto created = accounts.createUser(admin, user);
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return {};
        }
        confirmAccess(*created);
        const auto signedIn = users.signIn(username, kPassword);
        return signedIn.user.value_or(signaali::db::SignedInUser{});
    }

    // Confirms the account's pending school grants as if a second person had:
    // the workspace's people are set up, not the subject of these tests.
    bool confirmAccess(qint64 userId)
    {
        QSqlQuery query(db->connection());
        return signaali::db::execBound(
                   query,
                   QStringLiteral("INSERT OR IGNORE INTO user_school (user_id, school_id) "
                                  "SELECT user_id, school_id FROM access_grant "
                                  "WHERE user_id = ? AND status = 'pending'"),
                   {userId}) &&
               signaali::db::execBound(query,
                                       QStringLiteral("UPDATE access_grant SET status = "
                                                      "'confirmed' WHERE user_id = ? AND "
                                                      "status = 'pending'"),
                                       {userId});
    }

    // A completed PHQ-A questionnaire; `items` are the answers to item1..item9.
    qint64 record(qint64 pupilId, qint64 roundId, const QList<int>& items)
    {
        signaali::Answers answers;
        for (int i = 0; i < 9; ++i)
            answers.insert(QStringLiteral("item%1").arg(i + 1), items.value(i));
        signaali::db::ResponseStore responses(db->connection(), clock);
        const auto recorded = responses.recordCompleted(pupilId, roundId, instrument("phq-a"),
                                                        answers, QStringLiteral("en"));
        if (!recorded)
            qWarning("%s", qPrintable(recorded.error()));
        clock.advanceMs(60000);
        return recorded ? recorded->first : 0;
    }

    QString pupilUuid(qint64 pupilId)
    {
        return signaali::db::scalar(db->connection(),
                                    QStringLiteral("SELECT uuid FROM pupil WHERE id = ?"),
                                    {pupilId})
            .value_or(QVariant())
            .toString();
    }

    int count(const QString& sql)
    {
        return signaali::db::scalar(db->connection(), sql).value_or(0).toInt();
    }
};
