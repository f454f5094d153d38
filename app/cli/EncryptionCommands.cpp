// encrypt, recover: turning a plaintext database into an encrypted one, and
// the recovery sheet's key when an administrator's password is lost.
#include "cli/EncryptionCommands.h"

#include "cli/CliCommon.h"
#include "cli/CliSession.h"
#include "core/OutputFile.h"
#include "db/storage/Encryption.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace signaali::cli {

namespace {
std::optional<Refusal> writeOwnerOnly(const QString& file, const QString& text)
{
    OutputFile::Rules rules;
    rules.identified = true; // secrets: readable by the owner only
    return OutputFile::write(file, text.toUtf8(), rules);
}
} // namespace

std::optional<Refusal> writeRecoverySheet(const QString& file, const QString& databasePath,
                                          const QString& recoveryKey)
{
    const QString text =
        QStringLiteral(
            "SIGNAALI RECOVERY SHEET\n\n"
            "Database: %1\nMade: %2\n\n"
            "Recovery key:\n\n    %3\n\n"
            "This key opens the database when every administrator's password is lost:\n"
            "    signaali-cli recover --db DATABASE --user ADMIN\n"
            "(the key from SIGNAALI_RECOVERY_KEY or the first line of standard input, the new\n"
            "password from SIGNAALI_NEW_PASSWORD or the second).\n\n"
            "Print this sheet, keep it locked away with the municipality's other keys, and\n"
            "delete this file. Signaali does not keep the key anywhere.\n")
            .arg(QFileInfo(databasePath).absoluteFilePath(),
                 QDateTime::currentDateTime().toString(Qt::ISODate), recoveryKey);
    return writeOwnerOnly(file, text);
}

int runEncrypt(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Encrypts a plaintext database (an administrator; nobody else may have it open).\n"
        "Writes the recovery sheet to --recovery-sheet, and the one-time passwords of the\n"
        "other accounts (each must choose a new one at the next sign-in) to --passwords.\n"
        "The plaintext file is overwritten and removed."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parser.addOption({QStringLiteral("recovery-sheet"),
                      QStringLiteral("Where to write the recovery sheet (a new file)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("passwords"),
                      QStringLiteral("Where to write the other accounts' one-time passwords."),
                      QStringLiteral("FILE")});
    parseOrFail(parser, arguments, QStringLiteral("encrypt"));
    for (const char* required : {"user", "recovery-sheet", "passwords"})
        if (!parser.isSet(QString::fromLatin1(required)))
            badInput(QStringLiteral("encrypt: --%1 is required").arg(QLatin1String(required)));
    const QString path = databasePath(parser);
    const QString sheet = parser.value(QStringLiteral("recovery-sheet"));
    const QString passwordsFile = parser.value(QStringLiteral("passwords"));
    if (QFileInfo(sheet).absoluteFilePath() == QFileInfo(passwordsFile).absoluteFilePath())
        badInput(QStringLiteral("encrypt: --recovery-sheet and --passwords name the same file"));
    for (const char* option : {"recovery-sheet", "passwords"})
        if (const auto refusal = OutputFile::check(parser.value(QString::fromLatin1(option)),
                                                   {false, true, OutputFile::databaseFiles(path)}))
            refuse(*refusal, QStringLiteral("encrypt"));
    db::EncryptionRequest request{
        path, parser.value(QStringLiteral("user")), sessionPassword(), {}};
    // Both files are written before the plaintext file is replaced.
    request.keep = [&](const db::EncryptionResult& result) -> std::optional<Refusal> {
        if (auto refusal = writeRecoverySheet(sheet, path, result.recoveryKey))
            return refusal;
        QString passwords =
            QStringLiteral("One-time passwords: give each to its owner in person.\n\n");
        for (const db::OneTimePassword& p : result.oneTimePasswords)
            passwords += QStringLiteral("%1 (%2): %3\n").arg(p.username, p.displayName, p.password);
        if (auto refusal = writeOwnerOnly(passwordsFile, passwords)) {
            QFile::remove(sheet);
            return refusal;
        }
        return std::nullopt;
    };
    const auto done = take(db::Encryption::encrypt(request), QStringLiteral("encrypt"));
    printJson(
        {{QStringLiteral("encrypted"), path},
         {QStringLiteral("one_time_passwords"), static_cast<int>(done.oneTimePasswords.size())}});
    return Ok;
}

int runRecover(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Opens an encrypted database with the recovery sheet's key and gives the\n"
        "administrator --user a new password. The key comes from SIGNAALI_RECOVERY_KEY or\n"
        "the first line of standard input, the new password from SIGNAALI_NEW_PASSWORD or\n"
        "the next line. Audited."));
    addDatabaseOption(parser);
    addUserOption(parser);
    parseOrFail(parser, arguments, QStringLiteral("recover"));
    if (!parser.isSet(QStringLiteral("user")))
        badInput(QStringLiteral("recover: --user NAME is required (an administrator)"));
    const QString key = readSecret("SIGNAALI_RECOVERY_KEY", QStringLiteral("recovery key"));
    const QString password = readSecret("SIGNAALI_NEW_PASSWORD", QStringLiteral("new password"));
    take(db::Encryption::recover(databasePath(parser), key, parser.value(QStringLiteral("user")),
                                 password),
         QStringLiteral("recover"));
    printJson({{QStringLiteral("recovered"), parser.value(QStringLiteral("user"))}});
    return Ok;
}

} // namespace signaali::cli
