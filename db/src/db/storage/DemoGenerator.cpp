#include "db/storage/DemoGenerator.h"

#include "core/RandomAnswers.h"
#include "core/Scorer.h"
#include "db/store/BulkResponses.h"
#include "db/store/OrganisationStore.h"
#include "db/store/PupilStore.h"
#include "db/store/ResultStore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace signaali::db {

namespace {
const QStringList kSchoolNames{
    QStringLiteral("Keskuskoulu"),       QStringLiteral("Rantakoulu"),
    QStringLiteral("Mäntymäen koulu"),   QStringLiteral("Kuusikallion koulu"),
    QStringLiteral("Järvelän koulu"),    QStringLiteral("Koivupuiston koulu"),
    QStringLiteral("Metsolan koulu"),    QStringLiteral("Niittykummun koulu"),
    QStringLiteral("Svenska skolan"),    QStringLiteral("Harjun koulu"),
    QStringLiteral("Kirkonkylän koulu"), QStringLiteral("Lehtolan koulu")};
const QStringList kLastNames{
    QStringLiteral("Korhonen"), QStringLiteral("Virtanen"),  QStringLiteral("Mäkinen"),
    QStringLiteral("Nieminen"), QStringLiteral("Mäkelä"),    QStringLiteral("Hämäläinen"),
    QStringLiteral("Laine"),    QStringLiteral("Heikkinen"), QStringLiteral("Koskinen"),
    QStringLiteral("Järvinen"), QStringLiteral("Lehtonen"),  QStringLiteral("Lindholm"),
    QStringLiteral("Saarinen"), QStringLiteral("Salminen"),  QStringLiteral("Åberg"),
    QStringLiteral("Öhman")};
const QStringList kFirstNames{
    QStringLiteral("Aino"),   QStringLiteral("Eevi"),   QStringLiteral("Helmi"),
    QStringLiteral("Ella"),   QStringLiteral("Linnea"), QStringLiteral("Sofia"),
    QStringLiteral("Väinö"),  QStringLiteral("Eino"),   QStringLiteral("Leo"),
    QStringLiteral("Oliver"), QStringLiteral("Elias"),  QStringLiteral("Onni"),
    QStringLiteral("Noel"),   QStringLiteral("Alva"),   QStringLiteral("Saga"),
    QStringLiteral("Otso")};

struct DemoPupil
{
    qint64 id;
    qint64 classIndex;
    double burden; // 0..1, towards the healthy end
    double drift;  // added per round
};
} // namespace

Outcome<DemoSummary> DemoGenerator::generate(const DemoOptions& options,
                                             const std::function<void(int)>& progress)
{
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(options.seed);
    DemoSummary summary;
    OrganisationStore organisation(m_db);
    PupilStore pupils(m_db);
    if (const auto municipality = organisation.ensureMunicipality(QStringLiteral("Demola"));
        !municipality)
        return municipality.refusal;

    // Schools of about 450 pupils in grades 7-9, classes of about 20.
    const int schoolCount = std::max(1, (options.pupils + 449) / 450);
    QList<DemoPupil> demoPupils;
    QList<double> classDrift;
    for (int s = 0; s < schoolCount; ++s) {
        const QString schoolName =
            kSchoolNames[s % kSchoolNames.size()] +
            (s >= kSchoolNames.size() ? QStringLiteral(" %1").arg(s / kSchoolNames.size() + 1)
                                      : QString());
        const int schoolPupils =
            options.pupils / schoolCount + (s < options.pupils % schoolCount ? 1 : 0);
        Roster roster;
        for (int i = 0; i < schoolPupils; ++i) {
            const int grade = 7 + i % 3;
            const int classInGrade = (i / 3) / 20;
            RosterPupil p;
            p.line = i + 2;
            p.lastName = kLastNames[rng.bounded(kLastNames.size())];
            p.firstName = kFirstNames[rng.bounded(kFirstNames.size())] +
                          QStringLiteral(" %1").arg(s * 100000 + i);
            p.dateOfBirth = QDate(2026 - grade - 6, 1, 1).addDays(rng.bounded(365));
            p.gender = rng.bounded(100) < 49   ? QStringLiteral("female")
                       : rng.bounded(100) < 96 ? QStringLiteral("male")
                                               : QStringLiteral("other");
            p.language = schoolName.startsWith(QLatin1String("Svenska")) ? QStringLiteral("sv")
                                                                         : QStringLiteral("fi");
            p.className = QStringLiteral("%1%2").arg(grade).arg(QChar(u'A' + classInGrade));
            roster.pupils << p;
        }
        if (const auto imported = pupils.importRoster(roster, schoolName, false); !imported)
            return imported.refusal;
        ++summary.schools;
    }
    // Classes drift together; a few pupils drift on their own.
    QHash<QString, int> classIndex;
    for (const PupilRecord& p : pupils.pupils()) {
        const QString key = p.school + QLatin1Char('/') + p.className;
        if (!classIndex.contains(key)) {
            classIndex.insert(key, static_cast<int>(classDrift.size()));
            classDrift << (rng.bounded(100) < 10 ? 0.05 : 0.0);
        }
        const double base = typicalBurden(rng);
        const double drift = rng.bounded(100) < 8 ? 0.1 : 0.0;
        demoPupils << DemoPupil{p.id, classIndex.value(key), base, drift};
    }
    summary.pupils = static_cast<int>(demoPupils.size());
    summary.classes = static_cast<int>(classDrift.size());

    // Stored in bulk: scored here with each pupil's previous result for the
    // change rule, and written and counted into the summary a batch at a time.
    const auto versionId = ResultStore(m_db).instrumentVersionId(m_instrument);
    if (!versionId)
        return versionId.refusal;
    QHash<qint64, ScoreResult> previous;
    BulkResponses responses(m_db, options.batchSize);
    int reported = 0;
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    for (int r = 0; r < options.rounds; ++r) {
        // The newest round is autumn 2026; earlier ones alternate spring and autumn.
        const int age = options.rounds - 1 - r;
        const bool autumn = age % 2 == 0;
        const int year = 2026 - (autumn ? age / 2 : (age + 1) / 2);
        const QString name = QStringLiteral("%1 %2")
                                 .arg(autumn ? QStringLiteral("syksy") : QStringLiteral("kevät"))
                                 .arg(year);
        const auto round = organisation.createRound(name, QDate(year, autumn ? 9 : 2, 1));
        if (!round)
            return round.refusal;
        ++summary.rounds;
        for (const DemoPupil& p : demoPupils) {
            if (rng.generateDouble() > options.responseRate)
                continue;
            const double burden =
                std::clamp(p.burden + r * (p.drift + classDrift[p.classIndex]), 0.05, 1.0);
            const Answers answers =
                m_instrument.effectiveAnswers(randomAnswers(m_instrument, rng, burden, 0.03));
            const auto before = previous.constFind(p.id);
            const ScoreResult result =
                Scorer::score(m_instrument, answers, QStringLiteral("fi"),
                              before == previous.constEnd() ? nullptr : &*before);
            if (const auto added =
                    responses.add(stagedFromScore(p.id, round->id, *versionId, m_instrument.id,
                                                  QStringLiteral("fi"), now, answers, result));
                !added)
                return added.refusal;
            previous.insert(p.id, result);
            if (progress && responses.committed() != reported)
                progress(reported = responses.committed());
        }
        if (auto refused = responses.commit())
            return *refused;
        if (progress && responses.committed() != reported)
            progress(reported = responses.committed());
    }
    summary.questionnaires = responses.committed();
    summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace signaali::db
