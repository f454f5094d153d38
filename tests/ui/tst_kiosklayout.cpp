// The kiosk's pages at the smallest screens it is used on (1280x720 and the
// common 1366x768 laptop): every item of every shipped instrument, in every
// language, fits without overlapping or cut text, and a focused button keeps
// room for its text.
#include "KioskFixture.h"
#include "common/UiLanguage.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QStyleOptionButton>

using namespace signaali;
using namespace signaali::ui;

namespace {
const QList<QSize> kScreens{QSize(1280, 720), QSize(1366, 768)};

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

// The size the button needs for its text in its current state (focus included),
// as its style computes it.
QSize neededSize(const QPushButton* button)
{
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    if (button->autoDefault())
        option.features |= QStyleOptionButton::AutoDefaultButton;
    const QSize text = button->fontMetrics().size(Qt::TextShowMnemonic, button->text());
    return button->style()->sizeFromContents(QStyle::CT_PushButton, &option, text, button);
}

QRect inWindow(const QWidget* widget, const QWidget* window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

// Empty when everything visible fits in the window, nothing overlaps and no text is cut.
QString fitProblem(const QWidget* window)
{
    const QRect area = window->rect();
    QList<std::pair<QString, QRect>> placed;
    for (const QPushButton* button : window->findChildren<QPushButton*>()) {
        if (!button->isVisible() || button->objectName().isEmpty())
            continue;
        const QString name = button->objectName();
        const QRect box = inWindow(button, window);
        if (!area.contains(box))
            return QStringLiteral("%1 falls outside the window").arg(name);
        const QSize needed = neededSize(button);
        if (needed.width() > box.width() || needed.height() > box.height())
            return QStringLiteral("%1 cuts its text: needs %2x%3, has %4x%5")
                .arg(name)
                .arg(needed.width())
                .arg(needed.height())
                .arg(box.width())
                .arg(box.height());
        for (const auto& [other, otherBox] : placed)
            if (box.intersects(otherBox))
                return QStringLiteral("%1 overlaps %2").arg(name, other);
        placed << std::make_pair(name, box);
    }
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QString name =
            label->objectName().isEmpty() ? label->text().left(30) : label->objectName();
        const QRect box = inWindow(label, window);
        if (!area.contains(box))
            return QStringLiteral("label %1 falls outside the window").arg(name);
        const QRect inside = label->contentsRect();
        const int needed =
            label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (needed > label->height() ||
            (!label->wordWrap() && label->sizeHint().width() > label->width()))
            return QStringLiteral("label %1 is cut (%2 of %3 px high, %4 wide)")
                .arg(name)
                .arg(label->height())
                .arg(needed)
                .arg(inside.width());
        for (const auto& [other, otherBox] : placed)
            if (box.intersects(otherBox))
                return QStringLiteral("label %1 overlaps %2").arg(name, other);
    }
    if (const auto* number = window->findChild<QDoubleSpinBox*>(QStringLiteral("number"));
        number && number->isVisible() && !area.contains(inWindow(number, window)))
        return QStringLiteral("the number field falls outside the window");
    return {};
}

// `item` alone, with its instrument's scales and title: shown as the kiosk shows it.
Instrument withOnly(const Instrument& instrument, Item item)
{
    Instrument single = instrument;
    item.showIf.reset();
    single.items = {item};
    single.critical.clear();
    single.domains.clear();
    return single;
}
} // namespace

class TestKioskLayout : public QObject
{
    Q_OBJECT

private slots:
    void everyItemFits_data()
    {
        QTest::addColumn<QString>("instrument");
        QTest::addColumn<QSize>("screen");
        for (const Instrument& instrument : catalog().instruments())
            for (const QSize& screen : kScreens)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3")
                                             .arg(instrument.id)
                                             .arg(screen.width())
                                             .arg(screen.height())))
                    << instrument.id << screen;
    }
    void everyItemFits()
    {
        QFETCH(QString, instrument);
        QFETCH(QSize, screen);
        const Instrument& shipped = *catalog().find(instrument);
        KioskFixture k;
        QVERIFY(k.start());
        // The first question of a pupil who just checked in: the greeting takes room too.
        QVERIFY(k.checkInAndBegin(0));
        k.window->resize(screen);
        QuestionPage* page = k.questionPage();
        for (const QString& language : shipped.languages) {
            UiLanguage::set(language);
            for (const Item& item : shipped.items) {
                const Instrument single = withOnly(shipped, item);
                QuestionnaireSession session(single, {});
                page->setSession(&session, language);
                settle();
                QVERIFY(k.find<QWidget>("greeting")->isVisible());
                const QString problem = fitProblem(k.window.get());
                QVERIFY2(problem.isEmpty(),
                         qPrintable(QStringLiteral("%1 (%2): %3").arg(item.id, language, problem)));
                page->clearSession();
            }
        }
    }

    void checkInAndMessagesFit_data()
    {
        QTest::addColumn<QSize>("screen");
        for (const QSize& screen : kScreens)
            QTest::newRow(
                qPrintable(QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height())))
                << screen;
    }
    void checkInAndMessagesFit()
    {
        QFETCH(QSize, screen);
        KioskFixture k;
        QVERIFY(k.start());
        k.window->resize(screen);
        settle();
        QVERIFY2(fitProblem(k.window.get()).isEmpty(), qPrintable(fitProblem(k.window.get())));
        k.checkIn(0, 1, 1); // the instructions
        settle();
        QVERIFY(k.onPage("messagePage"));
        QVERIFY2(fitProblem(k.window.get()).isEmpty(), qPrintable(fitProblem(k.window.get())));
    }

    // The focus border is thicker than the plain one; the text must keep its room.
    void focusedButtonsKeepTheirText()
    {
        KioskFixture k;
        QVERIFY(k.start());
        k.window->resize(1366, 768);
        settle();
        auto check = [&](const char* name) {
            auto* button = k.find<QPushButton>(name);
            QVERIFY2(button && button->isVisible(), name);
            button->setFocus();
            settle();
            QVERIFY2(button->hasFocus(), name);
            const QSize needed = neededSize(button);
            QVERIFY2(needed.width() <= button->width() && needed.height() <= button->height(),
                     qPrintable(QStringLiteral("%1: needs %2x%3, has %4x%5")
                                    .arg(QString::fromLatin1(name))
                                    .arg(needed.width())
                                    .arg(needed.height())
                                    .arg(button->width())
                                    .arg(button->height())));
        };
        check("start");
        k.checkIn(0, 1, 1);
        settle();
        check("messageButton");
        check("notYou");
        QTest::mouseClick(k.find<QPushButton>("messageButton"), Qt::LeftButton);
        settle();
        QTest::keyClick(k.questionPage(), Qt::Key_1);
        settle();
        check("next");
        check("option_0");
    }

private:
    static const InstrumentCatalog& catalog()
    {
        // Validated instruments are shown with their wording files, as deployed.
        static const InstrumentCatalog loaded =
            InstrumentCatalog::load({}, QStringLiteral(SIGNAALI_TEST_DATA "/wording"));
        return loaded;
    }
};

QTEST_MAIN(TestKioskLayout)
#include "tst_kiosklayout.moc"
