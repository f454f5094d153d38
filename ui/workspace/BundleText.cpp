#include "workspace/BundleText.h"

#include <QFileInfo>
#include <QLocale>
#include <QStringList>

namespace signaali::ui {

namespace {
// In the order a person reads a result: the pupils and their answers first.
const QStringList kOrder{
    QStringLiteral("pupil"),       QStringLiteral("response"),   QStringLiteral("flag_handling"),
    QStringLiteral("case_action"), QStringLiteral("case_share"), QStringLiteral("summary"),
    QStringLiteral("tombstone"),   QStringLiteral("school"),     QStringLiteral("group"),
    QStringLiteral("round"),       QStringLiteral("instrument"), QStringLiteral("user")};

const QStringList kMetadata{QStringLiteral("school"), QStringLiteral("group"),
                            QStringLiteral("round"), QStringLiteral("instrument"),
                            QStringLiteral("user")};

QStringList typesOf(const QMap<QString, qint64>& a, const QMap<QString, qint64>& b = {})
{
    QStringList types;
    for (const QString& type : kOrder)
        if (a.value(type) != 0 || b.value(type) != 0)
            types << type;
    for (const auto* counts : {&a, &b})
        for (auto it = counts->constBegin(); it != counts->constEnd(); ++it)
            if (it.value() != 0 && !types.contains(it.key()))
                types << it.key();
    return types;
}
} // namespace

QString BundleText::recordType(const QString& type)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("tombstone"), QT_TR_NOOP("Erasures")},
        {QStringLiteral("school"), QT_TR_NOOP("Schools")},
        {QStringLiteral("group"), QT_TR_NOOP("Classes")},
        {QStringLiteral("round"), QT_TR_NOOP("Rounds")},
        {QStringLiteral("instrument"), QT_TR_NOOP("Questionnaires")},
        {QStringLiteral("user"), QT_TR_NOOP("Staff names")},
        {QStringLiteral("pupil"), QT_TR_NOOP("Pupils")},
        {QStringLiteral("response"), QT_TR_NOOP("Responses")},
        {QStringLiteral("flag_handling"), QT_TR_NOOP("Handled flags")},
        {QStringLiteral("case_action"), QT_TR_NOOP("Follow-up actions")},
        {QStringLiteral("case_share"), QT_TR_NOOP("Case shares")},
        {QStringLiteral("summary"), QT_TR_NOOP("Group figures")},
    };
    const auto it = names.constFind(type);
    return it == names.constEnd() ? type : tr(it.value());
}

QString BundleText::conflictKind(const QString& kind)
{
    if (kind == QLatin1String("changed_response"))
        return tr("changed response");
    if (kind == QLatin1String("second_completed"))
        return tr("second completed response");
    return kind;
}

QString BundleText::conflictExplanation(const QString& kind)
{
    if (kind == QLatin1String("changed_response"))
        return tr("The bundle had this response with other answers than the ones kept here. "
                  "The ones here were kept.");
    if (kind == QLatin1String("second_completed"))
        return tr("The pupil completed this questionnaire in the same round on both "
                  "installations. The response here was kept.");
    return {};
}

QString BundleText::imported(const db::BundleImported& r)
{
    const QLocale locale;
    QStringList lines;
    lines << (r.kind == QLatin1String("summary") ? tr("Group figures received from %1.")
                                                 : tr("Results received from %1."))
                 .arg(r.sender);
    // Schools, classes, rounds and the like are news only when new.
    QStringList types = typesOf(r.added, r.unchanged);
    types.removeIf(
        [&r](const QString& type) { return kMetadata.contains(type) && r.added.value(type) == 0; });
    for (const QString& type : types)
        lines << tr("%1: %2 new, %3 already here")
                     .arg(recordType(type), locale.toString(r.added.value(type)),
                          locale.toString(r.unchanged.value(type)));
    if (types.isEmpty())
        lines << tr("The bundle held nothing new.");
    if (r.aliased > 0)
        lines << tr("%n record(s) matched to the same pupil, school, class or round here.", nullptr,
                    static_cast<int>(r.aliased));
    if (r.superseded > 0)
        lines << tr("%n unfinished questionnaire(s) replaced by the completed one.", nullptr,
                    static_cast<int>(r.superseded));
    if (r.erased > 0)
        lines << tr("%n pupil(s) erased here, as they had been erased there.", nullptr,
                    static_cast<int>(r.erased));
    if (r.skippedErased > 0)
        lines << tr("%n record(s) of pupils already erased here left out.", nullptr,
                    static_cast<int>(r.skippedErased));
    if (r.outOfReach > 0)
        lines << tr("%n record(s) of pupils here in a school you are not a nurse of left out.",
                    nullptr, static_cast<int>(r.outOfReach));
    lines << (r.conflicts > 0
                  ? tr("%n conflict(s): nothing here was overwritten; see the conflicts below.",
                       nullptr, static_cast<int>(r.conflicts))
                  : tr("No conflicts."));
    return lines.join(QLatin1Char('\n'));
}

QString BundleText::made(const db::BundleMade& made, const QString& to, db::BundleKind kind)
{
    const QLocale locale;
    QStringList counts;
    for (const QString& type : typesOf(made.records))
        counts << tr("%1: %2").arg(recordType(type), locale.toString(made.records.value(type)));
    QStringList lines;
    lines << (kind == db::BundleKind::Summary ? tr("Group figures for %1 written to %2.")
                                              : tr("Results for %1 written to %2."))
                 .arg(to, QFileInfo(made.path).fileName());
    lines << counts.join(QStringLiteral(", "));
    lines << tr("The file is encrypted for %1 only and signed by this installation. Take it "
                "there (a memory stick, or the municipality's secure transfer) and receive it "
                "on its Send and receive page; then delete it here.")
                 .arg(to);
    return lines.join(QLatin1Char('\n'));
}

} // namespace signaali::ui
