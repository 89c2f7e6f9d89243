// The General tab end to end: the real MainWindow over a signed-in session and the real
// orgdesk-server, driven by keys; every result is checked on screen and on the server.
#include "UiTestSupport.h"

#include "ConfirmDialog.h"
#include "DeleteOrgDialog.h"
#include "Gate.h"
#include "GeneralPage.h"
#include "LogoWidget.h"
#include "OrgProfileObject.h"

#include <QAction>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QtTest>

namespace {

const QString kAcme = QStringLiteral("Acme Monitoring");

// The page, with the General tab current and the focus on the org's name.
GeneralPage *openGeneral(UiHarness &h, const QString &email)
{
    if (!h.startServer() || !h.signIn(email))
        return nullptr;
    MainWindow *w = h.window();
    w->setCurrentTab(MainWindow::GeneralTab);
    auto *page = qobject_cast<GeneralPage *>(w->page(MainWindow::GeneralTab));
    if (page)
        page->focusStart();
    return page;
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QString userId(HttpClient &http, const QString &orgId, const QString &email)
{
    return serverMember(http, orgId, email).value(QLatin1String("userId")).toString();
}

int setRole(HttpClient &http, const QString &orgId, const QString &userId, const char *role)
{
    return http
        .patch(QStringLiteral("/orgs/%1/members/%2").arg(orgId, userId),
               QJsonObject {{QStringLiteral("role"), QLatin1String(role)}})
        .status;
}

QString serverName(HttpClient &http, const QString &orgId)
{
    return http.get(QStringLiteral("/orgs/%1").arg(orgId)).object().value(QLatin1String("name")).toString();
}

QByteArray imageBytes(const QSize &size, const char *format, QColor color = QColor(0x1e, 0x88, 0xe5))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QPainter painter(&image);
    painter.fillRect(QRect(QPoint(0, 0), size / 2), Qt::white);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QString writeFile(UiHarness &h, const QString &name, const QByteArray &bytes)
{
    const QString path = h.dir().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// The dialog of that type, active, so that keys reach it.
template<typename D> D *activeDialog()
{
    D *dialog = waitForDialog<D>();
    if (!dialog)
        return nullptr;
    QApplication::setActiveWindow(dialog);
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ORGDESK_SHOTS_DIR");
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestGeneral : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<SyncOutcome>(); } // before the harness's first QSignalSpy
    void showsTheOrg();
    void renameByKeyboard();
    void renameValidatedBeforeSending();
    void renameRefusedByServer();
    void followsRenamesFromTheSync();
    void uploadLogo();
    void uploadRefusedByServer();
    void logoRejectedBeforeUpload_data();
    void logoRejectedBeforeUpload();
    void removeLogo();
    void leaveRefusedForLastAdmin();
    void leaveRefusedByServer();
    void leaveAsMember();
    void deleteByTypedName();
    void roleAware_data();
    void roleAware();
    void offlineDisablesWrites();
    void screenshots();
};

void TestGeneral::showsTheOrg()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    auto http = h.http(QStringLiteral("ada@acme.test"));
    const QJsonObject org = http->get(QStringLiteral("/orgs/%1").arg(h.orgId())).object();

    QCOMPARE(child<QLineEdit>(page, "orgName")->text(), kAcme);
    QCOMPARE(child<QLabel>(page, "memberCount")->text(),
             QLocale().toString(org.value(QLatin1String("memberCount")).toInteger()));
    const QDateTime created
        = QDateTime::fromString(org.value(QLatin1String("createdAt")).toString(), Qt::ISODate).toLocalTime();
    QCOMPARE(child<QLabel>(page, "createdAt")->text(), QLocale().toString(created.date(), QLocale::LongFormat));
    QCOMPARE(child<QLabel>(page, "yourRole")->text(), QStringLiteral("Admin"));
    // No logo: the initials stand in.
    auto *logo = child<LogoWidget>(page, "logo");
    QVERIFY(!logo->hasImage());
    QCOMPARE(logo->initials(), QStringLiteral("AM"));
    QVERIFY(!page->removeLogoAction()->isEnabled());

    // Every control has an accessible name; the tab order runs down the page.
    const QStringList order {QStringLiteral("orgName"),          QStringLiteral("saveNameButton"),
                             QStringLiteral("uploadLogoButton"), QStringLiteral("removeLogoButton"),
                             QStringLiteral("leaveOrgButton"),   QStringLiteral("deleteOrgButton")};
    for (const QString &name : order)
        QVERIFY2(!page->findChild<QWidget *>(name)->accessibleName().isEmpty(), qPrintable(name));
    // Disabled controls (Save: nothing to save; Remove: no logo) are skipped.
    child<QLineEdit>(page, "orgName")->setFocus();
    QStringList seen;
    for (int i = 0; i < 3; ++i) {
        typeKey(Qt::Key_Tab);
        seen << focused()->objectName();
    }
    QCOMPARE(seen, (QStringList {order[2], order[4], order[5]}));
}

void TestGeneral::renameByKeyboard()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    auto *name = child<QLineEdit>(page, "orgName");
    auto *save = child<QPushButton>(page, "saveNameButton");
    QVERIFY(!save->isEnabled()); // nothing to save yet

    // F2 puts the name in edit (selected), as on the other tabs.
    QTest::keyClick(h.window(), Qt::Key_Tab); // the focus somewhere else first
    typeKey(Qt::Key_F2);
    QCOMPARE(focused(), name);
    QCOMPARE(name->selectedText(), kAcme);
    typeText(QStringLiteral("  Acme Observability  "));
    QVERIFY(save->isEnabled());
    typeKey(Qt::Key_Return);

    auto http = h.http(QStringLiteral("ada@acme.test"));
    // Trimmed, as the server stores it.
    QTRY_COMPARE_WITH_TIMEOUT(serverName(*http, h.orgId()), QStringLiteral("Acme Observability"), 10000);
    QTRY_COMPARE(h.session()->models()->org()->name(), QStringLiteral("Acme Observability"));
    QCOMPARE(name->text(), QStringLiteral("Acme Observability"));
    QTRY_VERIFY(!save->isEnabled());
    QVERIFY(h.window()->windowTitle().contains(QStringLiteral("Acme Observability")));
    QCOMPARE(child<LogoWidget>(page, "logo")->initials(), QStringLiteral("AO"));
    QVERIFY(!h.window()->messageBar()->isVisible());

    // The Save button by its mnemonic does the same.
    name->setFocus();
    name->selectAll();
    typeText(QStringLiteral("Acme Cloud"));
    typeKey(Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverName(*http, h.orgId()), QStringLiteral("Acme Cloud"), 10000);
}

void TestGeneral::renameValidatedBeforeSending()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    auto *name = child<QLineEdit>(page, "orgName");
    auto *note = child<QLabel>(page, "nameNote");
    auto *save = child<QPushButton>(page, "saveNameButton");
    auto http = h.http(QStringLiteral("ada@acme.test"));
    const qint64 version
        = http->get(QStringLiteral("/orgs/%1").arg(h.orgId())).object().value(QLatin1String("version")).toInteger();

    // Empty (spaces only): said at once, nothing sent on Enter.
    typeKey(Qt::Key_F2);
    typeText(QStringLiteral("   "));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Enter a name for the organization."));
    QVERIFY(!save->isEnabled());
    QCOMPARE(Gate::reasonOf(save), note->text());
    typeKey(Qt::Key_Return);

    // 101 characters: over the server's limit.
    name->selectAll();
    typeText(QString(101, QLatin1Char('x')));
    QCOMPARE(note->text(), QStringLiteral("The name can be at most 100 characters; this one has 101."));
    typeKey(Qt::Key_Return);
    QCOMPARE(focused(), name);

    // Exactly 100 is fine: the note goes.
    typeKey(Qt::Key_Backspace);
    QVERIFY(!note->isVisible());
    QVERIFY(save->isEnabled());

    // Escape undoes the edit.
    typeKey(Qt::Key_Escape);
    QCOMPARE(name->text(), kAcme);
    QVERIFY(!note->isVisible());

    QVERIFY(h.syncNow());
    QCOMPARE(serverName(*http, h.orgId()), kAcme);
    QCOMPARE(http->get(QStringLiteral("/orgs/%1").arg(h.orgId())).object().value(QLatin1String("version")).toInteger(),
             version);
    QVERIFY(!h.window()->messageBar()->isVisible());
}

void TestGeneral::renameRefusedByServer()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    // Behind the app's back, ada stops being an admin (max is made admin, then demotes her):
    // the window still thinks she may rename, the server refuses.
    auto ada = h.http(QStringLiteral("ada@acme.test"));
    const QString orgId = h.orgId();
    QCOMPARE(setRole(*ada, orgId, userId(*ada, orgId, QStringLiteral("max@acme.test")), "admin"), 200);
    auto max = h.http(QStringLiteral("max@acme.test"));
    QCOMPARE(setRole(*max, orgId, userId(*max, orgId, QStringLiteral("ada@acme.test")), "user"), 200);
    auto *name = child<QLineEdit>(page, "orgName");
    QVERIFY(!name->isReadOnly());

    typeKey(Qt::Key_F2);
    typeText(QStringLiteral("Not Allowed"));
    typeKey(Qt::Key_Return);

    MessageBar *bar = h.window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().startsWith(QStringLiteral("Could not rename the organization: ")), qPrintable(bar->text()));
    QCOMPARE(serverName(*max, orgId), kAcme);
    // The write's sync brings the new role: the field turns read-only and says why, and the
    // typed text is not lost.
    QTRY_VERIFY_WITH_TIMEOUT(name->isReadOnly(), 10000);
    QCOMPARE(name->text(), QStringLiteral("Not Allowed"));
    QVERIFY(child<QLabel>(page, "nameNote")->text().contains(QStringLiteral("(User)")));
    QVERIFY(!Gate::reasonOf(child<QPushButton>(page, "saveNameButton")).isEmpty());
    QCOMPARE(child<QLabel>(page, "yourRole")->text(), QStringLiteral("User"));
}

void TestGeneral::followsRenamesFromTheSync()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    auto *name = child<QLineEdit>(page, "orgName");
    auto http = h.http(QStringLiteral("ada@acme.test"));
    const QString path = QStringLiteral("/orgs/%1").arg(h.orgId());

    QCOMPARE(http->patch(path, {{QStringLiteral("name"), QStringLiteral("Renamed Elsewhere")}}).status, 200);
    QVERIFY(h.syncNow());
    QCOMPARE(name->text(), QStringLiteral("Renamed Elsewhere"));

    // While the user edits, a rename from elsewhere does not overwrite the edit; Escape
    // brings the current name.
    typeKey(Qt::Key_F2);
    typeText(QStringLiteral("My Edit"));
    QCOMPARE(http->patch(path, {{QStringLiteral("name"), QStringLiteral("Second Rename")}}).status, 200);
    QVERIFY(h.syncNow());
    QCOMPARE(h.session()->models()->org()->name(), QStringLiteral("Second Rename"));
    QCOMPARE(name->text(), QStringLiteral("My Edit"));
    typeKey(Qt::Key_Escape);
    QCOMPARE(name->text(), QStringLiteral("Second Rename"));
}

void TestGeneral::uploadLogo()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    auto http = h.http(QStringLiteral("ada@acme.test"));
    const QString logoPath = QStringLiteral("/orgs/%1/logo").arg(h.orgId());
    QCOMPARE(http->get(logoPath).status, 404);

    // A real PNG, written by QImage::save.
    QImage image(64, 48, QImage::Format_ARGB32);
    image.fill(QColor(0x2e, 0x7d, 0x32));
    const QString png = h.dir().filePath(QStringLiteral("logo.png"));
    QVERIFY(image.save(png, "PNG"));
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    const QByteArray pngBytes = pngFile.readAll();
    QString chosen = png;
    QString caption;
    page->setFileChooser([&](QWidget *, const QString &title, const QString &) {
        caption = title;
        return chosen;
    });

    typeKey(Qt::Key_U, Qt::AltModifier); // &Upload logo… (a mnemonic clicks after a short animation)
    QTRY_COMPARE(caption, QStringLiteral("Choose a Logo"));
    QTRY_COMPARE_WITH_TIMEOUT(http->get(logoPath).body, pngBytes, 10000);
    QCOMPARE(http->get(logoPath).header("Content-Type"), QByteArray("image/png"));
    auto *logo = child<LogoWidget>(page, "logo");
    QTRY_VERIFY_WITH_TIMEOUT(logo->hasImage(), 10000);
    QCOMPARE(logo->image().size(), QSize(64, 48));
    QTRY_VERIFY(page->removeLogoAction()->isEnabled());
    QVERIFY(!h.window()->messageBar()->isVisible());

    // A JPEG replaces it (judged by content: its name says .png).
    const QByteArray jpeg = imageBytes(QSize(32, 32), "JPEG");
    chosen = writeFile(h, QStringLiteral("photo-named.png"), jpeg);
    QVERIFY(!chosen.isEmpty());
    typeKey(Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(http->get(logoPath).header("Content-Type"), QByteArray("image/jpeg"), 10000);
    QCOMPARE(http->get(logoPath).body, jpeg);
    QTRY_COMPARE_WITH_TIMEOUT(logo->image().size(), QSize(32, 32), 10000);

    // Cancelling the file dialog sends nothing.
    chosen.clear();
    caption.clear();
    typeKey(Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(!caption.isEmpty());
    QCOMPARE(http->get(logoPath).body, jpeg);
    QVERIFY(!h.window()->messageBar()->isVisible());
}

void TestGeneral::uploadRefusedByServer()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    // As in renameRefusedByServer: ada is demoted behind the window's back, so only the
    // server can refuse a logo that passes every check here.
    auto ada = h.http(QStringLiteral("ada@acme.test"));
    const QString orgId = h.orgId();
    QCOMPARE(setRole(*ada, orgId, userId(*ada, orgId, QStringLiteral("max@acme.test")), "admin"), 200);
    auto max = h.http(QStringLiteral("max@acme.test"));
    QCOMPARE(setRole(*max, orgId, userId(*max, orgId, QStringLiteral("ada@acme.test")), "observer"), 200);
    const QString path = writeFile(h, QStringLiteral("fine.png"), imageBytes(QSize(50, 50), "PNG"));
    page->setFileChooser([path](QWidget *, const QString &, const QString &) { return path; });

    typeKey(Qt::Key_U, Qt::AltModifier);
    MessageBar *bar = h.window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().startsWith(QStringLiteral("Could not upload the logo: ")), qPrintable(bar->text()));
    QCOMPARE(max->get(QStringLiteral("/orgs/%1/logo").arg(orgId)).status, 404);
    QVERIFY(!child<LogoWidget>(page, "logo")->hasImage());
    // The write's sync brings the new role: upload is disabled, with the reason.
    QTRY_VERIFY_WITH_TIMEOUT(!page->uploadLogoAction()->isEnabled(), 10000);
    QVERIFY(Gate::reasonOf(page->uploadLogoAction()).contains(QStringLiteral("(Observer)")));
}

void TestGeneral::logoRejectedBeforeUpload_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file named .png") << "text"
                                          << "is not a PNG or JPEG image";
    QTest::newRow("GIF") << "gif"
                         << "is not a PNG or JPEG image";
    QTest::newRow("over 1 MiB") << "large"
                                << "a logo may be at most 1 MiB";
    QTest::newRow("over 1024 px") << "wide"
                                  << "pixels; a logo may be at most 1024×1024";
    QTest::newRow("missing file") << "missing"
                                  << "cannot be read";
    QTest::newRow("damaged PNG") << "damaged"
                                 << "cannot be read";
}

void TestGeneral::logoRejectedBeforeUpload()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    auto http = h.http(QStringLiteral("ada@acme.test"));
    const QString orgPath = QStringLiteral("/orgs/%1").arg(h.orgId());
    const qint64 version = http->get(orgPath).object().value(QLatin1String("version")).toInteger();

    QString path;
    if (kind == QLatin1String("text")) {
        path = writeFile(h, QStringLiteral("logo.png"), "This is not an image at all.\n");
    } else if (kind == QLatin1String("gif")) {
        path = writeFile(h, QStringLiteral("logo.gif"),
                         QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"));
    } else if (kind == QLatin1String("large")) {
        // Noise does not compress: a 700×700 PNG of it is well over 1 MiB, yet small in pixels.
        QImage noise(700, 700, QImage::Format_RGB32);
        QRandomGenerator random(42);
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x)
                line[x] = 0xff000000u | (random.generate() & 0xffffffu);
        }
        path = h.dir().filePath(QStringLiteral("noise.png"));
        QVERIFY(noise.save(path, "PNG"));
        QVERIFY(QFileInfo(path).size() > 1024 * 1024);
    } else if (kind == QLatin1String("wide")) {
        path = writeFile(h, QStringLiteral("wide.png"), imageBytes(QSize(1500, 20), "PNG"));
    } else if (kind == QLatin1String("missing")) {
        path = h.dir().filePath(QStringLiteral("no-such-file.png"));
    } else if (kind == QLatin1String("damaged")) {
        path = writeFile(h, QStringLiteral("cut.png"), imageBytes(QSize(300, 300), "PNG").left(200));
    }
    QVERIFY(!path.isEmpty());
    page->setFileChooser([path](QWidget *, const QString &, const QString &) { return path; });

    typeKey(Qt::Key_U, Qt::AltModifier);
    MessageBar *bar = h.window()->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().startsWith(QStringLiteral("The logo was not uploaded: ")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(expected), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QFileInfo(path).fileName()), qPrintable(bar->text()));

    // Nothing was sent: no logo, the org's version unchanged.
    QCOMPARE(http->get(orgPath + QStringLiteral("/logo")).status, 404);
    QCOMPARE(http->get(orgPath).object().value(QLatin1String("version")).toInteger(), version);
    QVERIFY(!child<LogoWidget>(page, "logo")->hasImage());
}

void TestGeneral::removeLogo()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    auto http = h.http(QStringLiteral("ada@acme.test"));
    const QString logoPath = QStringLiteral("/orgs/%1/logo").arg(h.orgId());
    QCOMPARE(http->put(logoPath, imageBytes(QSize(40, 40), "PNG"), "image/png").status, 204);
    QVERIFY(h.syncNow());
    auto *logo = child<LogoWidget>(page, "logo");
    QTRY_VERIFY(logo->hasImage()); // arrived through the sync
    QVERIFY(page->removeLogoAction()->isEnabled());

    // Escape on the confirmation removes nothing.
    typeKey(Qt::Key_R, Qt::AltModifier);
    ConfirmDialog *confirm = activeDialog<ConfirmDialog>();
    QVERIFY(confirm);
    QCOMPARE(confirm->destructiveButton()->text(), QStringLiteral("&Remove"));
    typeKey(Qt::Key_Escape);
    QTRY_VERIFY(!confirm->isVisible());
    QVERIFY(h.syncNow());
    QCOMPARE(http->get(logoPath).status, 200);

    QApplication::setActiveWindow(h.window());
    QVERIFY(QTest::qWaitForWindowActive(h.window()));
    page->focusStart();
    typeKey(Qt::Key_R, Qt::AltModifier);
    confirm = activeDialog<ConfirmDialog>();
    QVERIFY(confirm);
    typeKey(Qt::Key_R, Qt::AltModifier); // &Remove
    QTRY_COMPARE_WITH_TIMEOUT(http->get(logoPath).status, 404, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!logo->hasImage(), 10000);
    QCOMPARE(logo->initials(), QStringLiteral("AM"));
    QTRY_VERIFY(!page->removeLogoAction()->isEnabled());
    QCOMPARE(Gate::reasonOf(page->removeLogoAction()), QStringLiteral("The organization has no logo."));
}

void TestGeneral::leaveRefusedForLastAdmin()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    QSignalSpy promote(page, &GeneralPage::promoteMemberRequested);

    typeKey(Qt::Key_L, Qt::AltModifier); // &Leave organization…
    // No confirmation, nothing sent: the explanation with both ways out.
    MessageBar *bar = h.window()->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QCOMPARE(bar->text(),
             QStringLiteral("You are the only admin. Promote another member to admin or delete the organization."));
    QVERIFY(!waitForDialog<ConfirmDialog>(nullptr, 200));
    auto *promoteButton = child<QPushButton>(bar, "promoteMemberButton");
    auto *deleteButton = child<QPushButton>(bar, "deleteOrgOfferButton");
    QVERIFY(promoteButton && deleteButton);
    QCOMPARE(promoteButton->text(), QStringLiteral("&Promote a member…"));
    QCOMPARE(deleteButton->text(), QStringLiteral("D&elete organization…"));
    QVERIFY(promoteButton->isEnabled() && deleteButton->isEnabled());
    QCOMPARE(focused(), promoteButton);

    auto http = h.http(QStringLiteral("ada@acme.test"));
    const QJsonArray orgs = http->get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray();
    QVERIFY(std::any_of(orgs.begin(), orgs.end(), [&h](const QJsonValue &o) {
        return o.toObject().value(QLatin1String("id")).toString() == h.orgId();
    }));
    const QJsonArray admins = http->get(QStringLiteral("/orgs/%1/members?q=ada%40acme.test").arg(h.orgId()))
                                  .object()
                                  .value(QLatin1String("items"))
                                  .toArray();
    QCOMPARE(admins.size(), 1);
    QCOMPARE(admins.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("admin"));

    // "Promote a member…" asks MainWindow for the Members tab.
    typeKey(Qt::Key_Space);
    QCOMPARE(promote.count(), 1);
    QVERIFY(!bar->isVisible());
    QTRY_COMPARE(h.window()->currentTab(), MainWindow::MembersTab);

    // "Delete organization…" opens the typed-name dialog.
    h.window()->setCurrentTab(MainWindow::GeneralTab);
    page->focusStart();
    typeKey(Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(bar->isVisible());
    typeKey(Qt::Key_E, Qt::AltModifier);
    DeleteOrgDialog *dialog = activeDialog<DeleteOrgDialog>();
    QVERIFY(dialog);
    typeKey(Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(http->get(QStringLiteral("/orgs/%1").arg(h.orgId())).status, 200);
}

void TestGeneral::leaveRefusedByServer()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    // The window sees two admins; then max stops being one behind its back, so only the
    // server knows ada is the last admin.
    auto ada = h.http(QStringLiteral("ada@acme.test"));
    const QString orgId = h.orgId();
    const QString maxId = userId(*ada, orgId, QStringLiteral("max@acme.test"));
    QCOMPARE(setRole(*ada, orgId, maxId, "admin"), 200);
    QVERIFY(h.syncNow());
    QCOMPARE(setRole(*ada, orgId, maxId, "manager"), 200);

    typeKey(Qt::Key_L, Qt::AltModifier);
    ConfirmDialog *confirm = activeDialog<ConfirmDialog>();
    QVERIFY(confirm);
    typeKey(Qt::Key_L, Qt::AltModifier); // &Leave
    MessageBar *bar = h.window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().startsWith(QStringLiteral("Could not leave the organization: ")), qPrintable(bar->text()));
    QVERIFY(child<QPushButton>(bar, "promoteMemberButton"));
    QVERIFY(child<QPushButton>(bar, "deleteOrgOfferButton"));
    QCOMPARE(ada->get(QStringLiteral("/orgs/%1").arg(orgId)).status, 200);
    QCOMPARE(h.session()->orgId(), orgId);
}

void TestGeneral::leaveAsMember()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("max@acme.test"));
    QVERIFY(page);
    const QString orgId = h.orgId();
    QVERIFY(!orgId.isEmpty());

    typeKey(Qt::Key_L, Qt::AltModifier);
    ConfirmDialog *confirm = activeDialog<ConfirmDialog>();
    QVERIFY(confirm);
    QCOMPARE(confirm->findChild<QLabel *>(QStringLiteral("confirmQuestion"))->text(),
             QStringLiteral("Leave Acme Monitoring?"));
    QVERIFY(confirm->findChild<QLabel *>(QStringLiteral("confirmConsequence"))
                ->text()
                .contains(QStringLiteral("new invitation")));
    QCOMPARE(focused(), confirm->cancelButton());
    typeKey(Qt::Key_L, Qt::AltModifier); // &Leave

    // The session forgets the org; the server no longer has max in it.
    QTRY_VERIFY_WITH_TIMEOUT(h.session()->orgs().isEmpty(), 10000);
    QVERIFY(h.session()->orgId().isEmpty());
    auto max = h.http(QStringLiteral("max@acme.test"));
    QCOMPARE(max->get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray().size(), 0);
    QCOMPARE(max->get(QStringLiteral("/orgs/%1").arg(orgId)).status, 404);
    auto ada = h.http(QStringLiteral("ada@acme.test"));
    QVERIFY(userId(*ada, orgId, QStringLiteral("max@acme.test")).isEmpty());
    // The page shows no org, and offers nothing.
    QTRY_COMPARE(child<QLineEdit>(page, "orgName")->text(), QString());
    QVERIFY(!page->leaveAction()->isEnabled());
}

void TestGeneral::deleteByTypedName()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    const QString orgId = h.orgId();
    auto http = h.http(QStringLiteral("ada@acme.test"));

    typeKey(Qt::Key_D, Qt::AltModifier); // &Delete organization…
    DeleteOrgDialog *dialog = activeDialog<DeleteOrgDialog>();
    QVERIFY(dialog);
    QCOMPARE(focused(), dialog->confirmField());
    QVERIFY(dialog->cancelButton()->isDefault());
    QVERIFY(!dialog->deleteButton()->isEnabled());
    typeText(QStringLiteral("Acme monitoring")); // case differs
    QVERIFY(!dialog->deleteButton()->isEnabled());
    // Enter is Cancel's.
    typeKey(Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(http->get(QStringLiteral("/orgs/%1").arg(orgId)).status, 200);

    QApplication::setActiveWindow(h.window());
    QVERIFY(QTest::qWaitForWindowActive(h.window()));
    page->focusStart();
    typeKey(Qt::Key_D, Qt::AltModifier);
    dialog = activeDialog<DeleteOrgDialog>();
    QVERIFY(dialog);
    typeText(QStringLiteral("Acme Monitoring "));
    QVERIFY(!dialog->deleteButton()->isEnabled()); // a trailing space is not exact
    typeKey(Qt::Key_Backspace);
    QVERIFY(dialog->deleteButton()->isEnabled());
    typeKey(Qt::Key_D, Qt::AltModifier);

    QTRY_COMPARE_WITH_TIMEOUT(http->get(QStringLiteral("/orgs/%1").arg(orgId)).status, 404, 10000);
    // The session drops the org and opens the one ada still has (Globex).
    QTRY_VERIFY_WITH_TIMEOUT(h.session()->orgId() != orgId, 10000);
    for (const OrgMembership &org : h.session()->orgs())
        QVERIFY(org.id != orgId);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(page, "orgName")->text(), QStringLiteral("Globex"), 10000);
}

void TestGeneral::roleAware_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("roleName");
    QTest::addColumn<bool>("admin");
    QTest::newRow("admin") << "ada@acme.test"
                           << "Admin" << true;
    QTest::newRow("manager") << "max@acme.test"
                             << "Manager" << false;
    QTest::newRow("user") << "uma@acme.test"
                          << "User" << false;
    QTest::newRow("observer") << "otto@acme.test"
                              << "Observer" << false;
    QTest::newRow("business") << "bea@acme.test"
                              << "Business" << false;
}

void TestGeneral::roleAware()
{
    QFETCH(QString, email);
    QFETCH(QString, roleName);
    QFETCH(bool, admin);
    UiHarness h;
    GeneralPage *page = openGeneral(h, email);
    QVERIFY(page);
    QCOMPARE(child<QLabel>(page, "yourRole")->text(), roleName);
    QCOMPARE(child<QLineEdit>(page, "orgName")->text(), kAcme);

    const QString why = QStringLiteral("Your role in this organization (%1) does not allow this.").arg(roleName);
    struct Control
    {
        QAction *action;
        const char *button;
    };
    for (const Control &c :
         {Control {page->renameAction(), nullptr}, Control {page->uploadLogoAction(), "uploadLogoButton"},
          Control {page->deleteAction(), "deleteOrgButton"}}) {
        QCOMPARE(c.action->isEnabled(), admin);
        QCOMPARE(Gate::reasonOf(c.action), admin ? QString() : why);
        QVERIFY(c.action->toolTip().contains(admin ? c.action->statusTip() : why));
        if (c.button) {
            auto *button = child<QPushButton>(page, c.button);
            QCOMPARE(button->isEnabled(), admin);
            QCOMPARE(Gate::reasonOf(button), admin ? QString() : why);
        }
    }
    auto *name = child<QLineEdit>(page, "orgName");
    QCOMPARE(name->isReadOnly(), !admin);
    QCOMPARE(child<QLabel>(page, "nameNote")->isVisible(), !admin);
    if (!admin)
        QCOMPARE(child<QLabel>(page, "nameNote")->text(), QStringLiteral("Read-only: %1").arg(why));
    QVERIFY(!child<QPushButton>(page, "saveNameButton")->isEnabled());
    QVERIFY(!page->removeLogoAction()->isEnabled()); // no logo, or no right
    // Everyone may leave.
    QVERIFY(page->leaveAction()->isEnabled());
    QVERIFY(child<QPushButton>(page, "leaveOrgButton")->isEnabled());

    // A read-only field takes no edit: typed keys change nothing.
    if (!admin) {
        name->setFocus();
        typeText(QStringLiteral("zzz"));
        QCOMPARE(name->text(), kAcme);
    }

    // F2 belongs to the current tab only.
    h.window()->setCurrentTab(MainWindow::MembersTab);
    QVERIFY(!page->renameAction()->isEnabled());
}

void TestGeneral::offlineDisablesWrites()
{
    UiHarness h;
    GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
    QVERIFY(page);
    QVERIFY(page->leaveAction()->isEnabled());
    h.server()->kill();
    h.session()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!h.session()->isOnline(), 15000);
    for (QAction *action :
         {page->renameAction(), page->uploadLogoAction(), page->leaveAction(), page->deleteAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY2(Gate::reasonOf(action).contains(QStringLiteral("offline")), qPrintable(Gate::reasonOf(action)));
    }
    QVERIFY(child<QLineEdit>(page, "orgName")->isReadOnly());
    // The cached org is still shown.
    QCOMPARE(child<QLineEdit>(page, "orgName")->text(), kAcme);
}

void TestGeneral::screenshots()
{
    if (qEnvironmentVariableIsEmpty("ORGDESK_SHOTS_DIR"))
        QSKIP("Set ORGDESK_SHOTS_DIR to write screenshots.");
    {
        UiHarness h;
        GeneralPage *page = openGeneral(h, QStringLiteral("ada@acme.test"));
        QVERIFY(page);
        auto http = h.http(QStringLiteral("ada@acme.test"));
        QCOMPARE(
            http->put(QStringLiteral("/orgs/%1/logo").arg(h.orgId()), imageBytes(QSize(120, 120), "PNG"), "image/png")
                .status,
            204);
        QVERIFY(h.syncNow());
        QTRY_VERIFY(child<LogoWidget>(page, "logo")->hasImage());
        saveShot(h.window(), QStringLiteral("general-admin.png"));

        typeKey(Qt::Key_F2);
        typeText(QStringLiteral("   "));
        saveShot(h.window(), QStringLiteral("general-validation.png"));
        typeKey(Qt::Key_Escape);

        typeKey(Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(h.window()->messageBar()->isVisible());
        saveShot(h.window(), QStringLiteral("general-last-admin.png"));
        h.window()->messageBar()->clearMessage();
        page->focusStart();

        typeKey(Qt::Key_D, Qt::AltModifier);
        DeleteOrgDialog *dialog = activeDialog<DeleteOrgDialog>();
        QVERIFY(dialog);
        typeText(QStringLiteral("Acme"));
        saveShot(dialog, QStringLiteral("delete-org-dialog.png"));
        typeText(QStringLiteral(" Monitoring"));
        saveShot(dialog, QStringLiteral("delete-org-dialog-matching.png"));
        typeKey(Qt::Key_Escape);
    }
    {
        UiHarness h;
        GeneralPage *page = openGeneral(h, QStringLiteral("uma@acme.test"));
        QVERIFY(page);
        saveShot(h.window(), QStringLiteral("general-user.png"));
        typeKey(Qt::Key_L, Qt::AltModifier);
        ConfirmDialog *confirm = activeDialog<ConfirmDialog>();
        QVERIFY(confirm);
        saveShot(confirm, QStringLiteral("leave-confirm.png"));
        typeKey(Qt::Key_Escape);
    }
}

QTEST_MAIN(TestGeneral)
#include "tst_general.moc"
