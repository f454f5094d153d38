#include "db/workspace/PupilSearch.h"

#include "db/access/AccessRules.h"
#include "db/access/AuditLog.h"
#include "db/sql/SqlHelpers.h"
#include "db/sql/WorkspaceSql.h"

#include <QRegularExpression>
#include <algorithm>

namespace signaali::db {

using namespace workspace;

namespace {
// "Väisänen-Öhman" as comparable words: folded case, without accents.
QStringList nameWords(const QString& name)
{
    QString plain;
    for (const QChar c : name.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    return plain.toCaseFolded().split(QRegularExpression(QStringLiteral("[\\s\\-']+")),
                                      Qt::SkipEmptyParts);
}

bool matches(const QStringList& wanted, const QStringList& words)
{
    return std::all_of(wanted.cbegin(), wanted.cend(), [&words](const QString& w) {
        return std::any_of(words.cbegin(), words.cend(),
                           [&w](const QString& word) { return word.startsWith(w); });
    });
}
} // namespace

Outcome<QList<PupilMatch>> searchPupils(QSqlDatabase& db, const SignedInUser& user,
                                        const QString& text, int limit, const Clock& clock)
{
    const QStringList wanted = nameWords(text);
    if (wanted.join(QString()).size() < 2)
        return Refusal::of(Refusal::Code::SearchTooShort);
    const Outcome<AccessScope> scope = AccessRules(db).scope(user, Permission::ViewSchoolPupils);
    if (!scope)
        return scope.refusal;
    QSqlQuery query(db);
    if (!execBound(query,
                   QStringLiteral(
                       "SELECT p.id, p.uuid, p.last_name, p.first_name, p.date_of_birth, s.name, "
                       " (SELECT g.name FROM group_member m JOIN pupil_group g "
                       "  ON g.id = m.group_id WHERE m.pupil_id = p.id AND g.kind = 'class') "
                       "FROM pupil p JOIN school s ON s.id = p.school_id "
                       "WHERE p.school_id IN (SELECT value FROM json_each(?)) "
                       "ORDER BY p.last_name, p.first_name, p.id"),
                   {idsJson(scope->schoolIds)}))
        return sqlFailure(query);
    QList<PupilMatch> found;
    QStringList uuids;
    while (query.next() && (limit <= 0 || found.size() < limit)) {
        const QString last = query.value(2).toString();
        const QString first = query.value(3).toString();
        if (!matches(wanted, nameWords(first) + nameWords(last)))
            continue;
        PupilMatch m;
        m.pupilId = query.value(0).toLongLong();
        m.pupilUuid = query.value(1).toString();
        m.lastName = last;
        m.firstName = first;
        m.dateOfBirth = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        m.schoolName = query.value(5).toString();
        m.className = query.value(6).toString();
        uuids << m.pupilUuid;
        found << m;
    }
    AuditLog log(db, clock);
    if (const auto logged =
            log.appendForPupils(user, audit::ViewPupilList, uuids,
                                QStringLiteral("name search, %1 matches").arg(found.size()));
        !logged)
        return logged.refusal;
    return found;
}

} // namespace signaali::db
