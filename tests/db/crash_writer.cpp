// A child process for tst_crashsafety: writes answers or imports rosters as
// fast as it can and prints an acknowledgement after each commit, until killed.
//   crash_writer answers DB
//   crash_writer roster DB FIRST_BATCH
//   crash_writer encrypt DB   (as "admin", password in SIGNAALI_TEST_PASSWORD)
// An encrypted test database's master key comes as hex in SIGNAALI_TEST_KEY.
#include "core/InstrumentCatalog.h"
#include "db/sql/SqlHelpers.h"
#include "db/storage/Database.h"
#include "db/storage/Encryption.h"
#include "db/storage/KeySlots.h"
#include "db/store/PupilStore.h"
#include "db/store/ResponseStore.h"

#include <QCoreApplication>
#include <cstdio>

using namespace signaali;
using namespace signaali::db;

namespace {
void ack(const QString& line)
{
    // Written only after the commit returned; flushed so the parent sees it even if killed next.
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int writeAnswers(Database& database)
{
    const InstrumentCatalog catalog = InstrumentCatalog::builtIn();
    const Instrument& phq = *catalog.find(QStringLiteral("phq-a"));
    const qint64 roundId =
        scalar(database.connection(), QStringLiteral("SELECT min(id) FROM round"))->toLongLong();
    ResponseStore store(database.connection());
    for (const PupilRecord& pupil : PupilStore(database.connection()).pupils()) {
        const auto response = store.startOrResume(pupil.id, roundId, phq, QStringLiteral("fi"));
        if (!response)
            continue; // completed in an earlier life
        for (int i = 1; i <= 9; ++i) {
            const int value = static_cast<int>((pupil.id + i) % 4);
            if (!store.saveAnswer(response->id, QStringLiteral("item%1").arg(i), value))
                return 1;
            ack(QStringLiteral("A %1 item%2 %3").arg(response->id).arg(i).arg(value));
        }
        if (!store.complete(response->id, phq))
            return 1;
        ack(QStringLiteral("C %1").arg(response->id));
    }
    return 0;
}

int importRosters(Database& database, int firstBatch)
{
    PupilStore store(database.connection());
    for (int batch = firstBatch; batch < firstBatch + 1000; ++batch) {
        Roster roster;
        for (int i = 0; i < 50; ++i) {
            RosterPupil p;
            p.line = i + 2;
            p.lastName = QStringLiteral("Batch%1").arg(batch);
            p.firstName = QStringLiteral("Pupil%1").arg(i);
            p.dateOfBirth = QDate(2011, 1, 1).addDays(i);
            p.className = QStringLiteral("9C");
            p.groups = {QStringLiteral("kerho%1").arg(batch % 7)};
            roster.pupils << p;
        }
        if (!store.importRoster(roster, QStringLiteral("Kaatumiskoulu"), false))
            return 1;
        ack(QStringLiteral("R %1").arg(batch));
    }
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    if (args[1] == QLatin1String("encrypt")) {
        keyslots::setCostForTests(KdfCost::cheapestForTests());
        ack(QStringLiteral("READY"));
        const auto done = Encryption::encrypt(
            {args[2], QStringLiteral("admin"), qEnvironmentVariable("SIGNAALI_TEST_PASSWORD"), {}});
        if (!done) {
            std::fputs(qPrintable(done.error() + QLatin1Char('\n')), stderr);
            return 1;
        }
        ack(QStringLiteral("ENCRYPTED"));
        return 0;
    }
    OpenError error;
    Database::Options options;
    const QByteArray keyHex = qgetenv("SIGNAALI_TEST_KEY");
    if (!keyHex.isEmpty()) {
        const QByteArray key = QByteArray::fromHex(keyHex);
        if (key.size() != SecureKey::kBytes)
            return 2;
        options.key = SecureKey::fromBytes(reinterpret_cast<const unsigned char*>(key.constData()));
    }
    auto database = Database::open(args[2], options, &error);
    if (!database) {
        std::fputs(qPrintable(error.toString()), stderr);
        return 1;
    }
    ack(QStringLiteral("READY"));
    if (args[1] == QLatin1String("answers"))
        return writeAnswers(*database);
    if (args[1] == QLatin1String("roster") && args.size() == 4)
        return importRosters(*database, args[3].toInt());
    return 2;
}
