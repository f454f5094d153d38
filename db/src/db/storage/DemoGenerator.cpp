#include "db/storage/DemoGenerator.h"

#include "core/RandomAnswers.h"
#include "core/Scorer.h"
#include "db/store/BulkResponses.h"
#include "db/store/OrganisationStore.h"
#include "db/store/PupilStore.h"
#include "db/store/ResponseBatch.h"
#include "db/store/ResultStore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <future>

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

// Each pupil's questionnaires, answered and scored with the pupil's previous
// result for the change rule. Touches no database.
class DemoAnswering
{
public:
    DemoAnswering(const Instrument& instrument, QRandomGenerator& rng,
                  const QList<DemoPupil>& pupils, const QList<double>& classDrift, qint64 versionId,
                  double responseRate, QString now)
        : m_instrument(instrument), m_rng(rng), m_pupils(pupils), m_classDrift(classDrift),
          m_versionId(versionId), m_responseRate(responseRate), m_now(std::move(now))
    {
    }

    // Round `round`'s questionnaires of pupils [from, to).
    QList<StagedResponse> slice(int round, qint64 roundId, qsizetype from, qsizetype to)
    {
        QList<StagedResponse> staged;
        staged.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            const DemoPupil& p = m_pupils[i];
            if (m_rng.generateDouble() > m_responseRate)
                continue;
            const double burden =
                std::clamp(p.burden + round * (p.drift + m_classDrift[p.classIndex]), 0.05, 1.0);
            const Answers answers =
                m_instrument.effectiveAnswers(randomAnswers(m_instrument, m_rng, burden, 0.03));
            const auto before = m_previous.constFind(p.id);
            const ScoreResult result =
                Scorer::score(m_instrument, answers, QStringLiteral("fi"),
                              before == m_previous.constEnd() ? nullptr : &*before);
            staged.append(stagedFromScore(p.id, roundId, m_versionId, m_instrument.id,
                                          QStringLiteral("fi"), m_now, answers, result));
            m_previous.insert(p.id, result);
        }
        return staged;
    }

private:
    const Instrument& m_instrument;
    QRandomGenerator& m_rng;
    const QList<DemoPupil>& m_pupils;
    const QList<double>& m_classDrift;
    qint64 m_versionId;
    double m_responseRate;
    QString m_now;
    QHash<qint64, ScoreResult> m_previous;
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

    // Rounds first, so that the answering below needs nothing of the database.
    const auto versionId = ResultStore(m_db).instrumentVersionId(m_instrument);
    if (!versionId)
        return versionId.refusal;
    QList<qint64> roundIds;
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
        roundIds << round->id;
        ++summary.rounds;
    }

    // Answered and scored on a second thread, a slice of pupils ahead of the
    // writer: the two take about as long, and a laptop has two cores. Each
    // slice is made after the one before it, so the answers are the seed's
    // whatever the timing.
    DemoAnswering answering{m_instrument,
                            rng,
                            demoPupils,
                            classDrift,
                            *versionId,
                            options.responseRate,
                            isoUtc(QDateTime::currentDateTimeUtc())};
    const qsizetype sliceSize = std::max(1, options.batchSize);
    QList<std::pair<int, qsizetype>> slices; // round, first pupil
    for (int r = 0; r < options.rounds; ++r)
        for (qsizetype from = 0; from < demoPupils.size(); from += sliceSize)
            slices.append({r, from});
    const auto answer = [&](qsizetype i) {
        const auto [r, from] = slices[i];
        return answering.slice(r, roundIds[r], from, std::min(from + sliceSize, demoPupils.size()));
    };
    BulkResponses responses(m_db, options.batchSize);
    int reported = 0;
    std::future<QList<StagedResponse>> next;
    if (!slices.isEmpty())
        next = std::async(std::launch::async, answer, 0);
    for (qsizetype i = 0; i < slices.size(); ++i) {
        const QList<StagedResponse> staged = next.get();
        if (i + 1 < slices.size())
            next = std::async(std::launch::async, answer, i + 1);
        for (const StagedResponse& one : staged)
            if (const auto added = responses.add(one); !added)
                return added.refusal;
        if (progress && responses.committed() != reported)
            progress(reported = responses.committed());
    }
    if (auto refused = responses.commit())
        return *refused;
    if (progress && responses.committed() != reported)
        progress(reported = responses.committed());
    summary.questionnaires = responses.committed();
    summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace signaali::db
