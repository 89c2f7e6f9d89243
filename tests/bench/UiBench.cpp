// orgdesk-ui-bench [--members N]   (default 100000)
//
// The window's figures at N members, as the user feels them: keys to pixels. Starts its own
// orgdesk-server with --seed demo --members N, signs in as the demo admin (the full sync is
// not measured here: orgdesk-bench does), then prints one JSON object per line:
//   window_open_ms      a MainWindow over the synced session: built, shown, first paint
//   start_from_cache_ms the next start: a new session resumes from the offline copy (N
//                       members loaded into the models) and its window paints the Members tab
//   keystroke_p95_ms    typing a 12-character search into the Members tab one key at a time,
//                       then deleting it: from the key press to the table repainted
//   keystroke_max_ms    the slowest of those keys
//   page_next_ms        Ctrl+PgDown to the next page, repainted (median of 20)
//   sort_ms             sorting the Members table by role from a header click, repainted
//   palette_open_ms     Ctrl+K: every command of every tab evaluated, the palette painted
//   palette_members_open_ms  Ctrl+G the first time: the palette indexes the N members
//   palette_keystroke_p95_ms typing a 12-character member search in the palette, key to paint
//   rss_mb              peak resident memory of this process
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise. Figures, not checks.
#include "CommandPalette.h"
#include "MainWindow.h"
#include "MemberFilterModel.h"
#include "MembersModel.h"
#include "MembersPage.h"
#include "MembersTableView.h"
#include "OrgModels.h"
#include "OrgSession.h"
#include "SessionOperation.h"
#include "api/MemoryCredentialStore.h"
#include "sync/SyncOutcome.h"

#include "support/ServerHarness.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

void metric(const char *name, double value, const char *unit)
{
    std::printf("{\"metric\": \"%s\", \"value\": %.6g, \"unit\": \"%s\"}\n", name, value, unit);
    std::fflush(stdout);
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

bool waitFor(SessionOperation *operation)
{
    QSignalSpy done(operation, &SessionOperation::finished);
    bool ok = false;
    QObject::connect(operation, &SessionOperation::succeeded, [&ok] { ok = true; });
    return done.wait(600000) && ok;
}

bool waitForSynced(OrgSession *session)
{
    QSignalSpy finished(session, &OrgSession::syncFinished);
    while (finished.wait(600000)) {
        for (const auto &args : finished) {
            if (args.at(0).value<SyncOutcome>().kind == SyncOutcome::Kind::Synced)
                return true;
        }
        finished.clear();
    }
    return false;
}

// Events first (the model's reset, the layout), then the paint the user waits for.
void settleAndPaint(QWidget *widget)
{
    QCoreApplication::processEvents();
    widget->repaint();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qRegisterMetaType<SyncOutcome>();
    QCommandLineParser parser;
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members to seed."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(membersOption);
    parser.addHelpOption();
    parser.process(app);
    const int members = parser.value(membersOption).toInt();

    ServerOptions options;
    options.members = members;
    ServerProcess server;
    if (!server.start(options)) {
        std::fprintf(stderr, "orgdesk-ui-bench: the server did not start: %s\n", qPrintable(server.lastError()));
        return 1;
    }
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("orgdesk.ini")), QSettings::IniFormat);
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    OrgSession::Options sessionOptions;
    sessionOptions.cacheRoot = dir.filePath(QStringLiteral("cache"));
    sessionOptions.accountsDirectory = dir.filePath(QStringLiteral("accounts"));
    const QString email = QStringLiteral("ada@acme.test");

    auto session = std::make_unique<OrgSession>(&network, &credentials, sessionOptions);
    {
        SessionOperation *signIn = session->signIn(server.baseUrl(), email, QStringLiteral("demo-password"), true);
        if (!waitFor(signIn) || !waitForSynced(session.get())) {
            std::fprintf(stderr, "orgdesk-ui-bench: sign-in or the first sync failed\n");
            return 1;
        }
    }
    std::fprintf(stderr, "synced %d members\n", session->models()->members()->rowCount());

    // 1. The window over a synced session.
    QElapsedTimer timer;
    timer.start();
    auto window = std::make_unique<MainWindow>(session.get(), &settings);
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return 1;
    settleAndPaint(window.get());
    metric("window_open_ms", ms(timer), "ms");

    window->setCurrentTab(MainWindow::MembersTab);
    settleAndPaint(window.get());
    auto *page = qobject_cast<MembersPage *>(window->page(MainWindow::MembersTab));
    QTableView *table = page->table();
    QLineEdit *search = page->searchField();

    // 2. Typing a search, key by key, then deleting it.
    std::vector<double> keys;
    const QString query = QStringLiteral("an.martinez@");
    search->setFocus();
    for (const QChar c : query) {
        timer.restart();
        QTest::keyClick(search, c.toLatin1());
        settleAndPaint(table->viewport());
        keys.push_back(ms(timer));
    }
    for (int i = 0; i < query.size(); ++i) {
        timer.restart();
        QTest::keyClick(search, Qt::Key_Backspace);
        settleAndPaint(table->viewport());
        keys.push_back(ms(timer));
    }
    metric("keystroke_p95_ms", percentile(keys, 0.95), "ms");
    metric("keystroke_max_ms", *std::max_element(keys.begin(), keys.end()), "ms");

    // 3. Next page by keyboard.
    std::vector<double> pages;
    table->setFocus();
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        QTest::keyClick(table, Qt::Key_PageDown, Qt::ControlModifier);
        settleAndPaint(table->viewport());
        pages.push_back(ms(timer));
    }
    metric("page_next_ms", percentile(pages, 0.5), "ms");

    // 4. Sort by role from the header.
    timer.restart();
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(MembersModel::Role) + header->sectionSize(MembersModel::Role) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    settleAndPaint(table->viewport());
    metric("sort_ms", ms(timer), "ms");

    // 5. The command palette: commands, then the member search over everyone.
    timer.restart();
    CommandPalette *palette = window->commandPalette();
    palette->openCommands();
    settleAndPaint(palette);
    metric("palette_open_ms", ms(timer), "ms");
    palette->reject();
    timer.restart();
    palette->openMembers();
    settleAndPaint(palette);
    metric("palette_members_open_ms", ms(timer), "ms");
    std::vector<double> paletteKeys;
    for (const QChar c : query) {
        timer.restart();
        QTest::keyClick(palette->searchField(), c.toLatin1());
        settleAndPaint(palette->list()->viewport());
        paletteKeys.push_back(ms(timer));
    }
    metric("palette_keystroke_p95_ms", percentile(paletteKeys, 0.95), "ms");
    palette->reject();

    // 6. The next start: cache first, then the window.
    window->close();
    window.reset();
    session.reset();
    timer.restart();
    session = std::make_unique<OrgSession>(&network, &credentials, sessionOptions);
    session->resume(server.baseUrl(), email); // fills the models from the cache before it returns
    window = std::make_unique<MainWindow>(session.get(), &settings);
    window->resize(1200, 800);
    window->setCurrentTab(MainWindow::MembersTab);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return 1;
    settleAndPaint(window.get());
    const int shown = qobject_cast<MembersPage *>(window->page(MainWindow::MembersTab))->table()->model()->rowCount();
    metric("start_from_cache_ms", ms(timer), "ms");
    std::fprintf(stderr, "start from cache: %d members loaded, %d rows on the first page\n",
                 session->models()->members()->rowCount(), shown);
    metric("rss_mb", peakRssMb(), "MB");
    return 0;
}
