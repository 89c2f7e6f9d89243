// The General tab: org profile, ETag, rename, logo, leave, delete; non-members.
// Oracle: shared/API.md and docs/api-decisions.md.
#include "support/ServerHarness.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QtTest>

namespace {

QByteArray encodeImage(int width, int height, const char *format, QColor color = QColor(40, 120, 200))
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    {
        QPainter painter(&image);
        painter.fillRect(0, 0, qMax(1, width / 2), qMax(1, height / 2), Qt::yellow);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        qFatal("cannot encode %s: %s", format, qPrintable(writer.errorString()));
    return bytes;
}

QByteArray png(int width, int height, QColor color = QColor(40, 120, 200))
{
    return encodeImage(width, height, "png", color);
}

QByteArray jpeg(int width, int height)
{
    return encodeImage(width, height, "jpeg");
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

QByteArray bigEndian32(quint32 v)
{
    QByteArray out(4, '\0');
    out[0] = char(v >> 24);
    out[1] = char(v >> 16);
    out[2] = char(v >> 8);
    out[3] = char(v);
    return out;
}

// A valid, decodable PNG of exactly totalSize bytes: a small image with an uncompressed
// tEXt chunk of padding before IEND.
QByteArray pngOfSize(qsizetype totalSize)
{
    const QByteArray base = png(16, 16);
    const qsizetype iend = base.size() - 12; // IEND is the last chunk: length, type, CRC
    const QByteArray key("Comment");
    const qsizetype overhead = 12 + key.size() + 1;
    const qsizetype padding = totalSize - base.size() - overhead;
    Q_ASSERT(padding >= 0);
    const QByteArray data = key + QByteArray(1, '\0') + QByteArray(padding, 'p');
    const QByteArray chunk
        = bigEndian32(quint32(data.size())) + QByteArray("tEXt") + data + bigEndian32(crc32(QByteArray("tEXt") + data));
    QByteArray out = base.left(iend) + chunk + base.mid(iend);
    Q_ASSERT(out.size() == totalSize);
    return out;
}

const QByteArray kGif
    = QByteArray::fromHex("4749463839610100010080000000ffffff00000021f90401000000002c00000000010001000002024401003b");

struct Org
{
    QString id;
    QString name;
    qint64 version = -1;
    bool hasLogo = false;
    QString logoEtag;
};

} // namespace

class TestOrg : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void getOrgShapeAndEtag();
    void patchName();
    void patchNameValidation_data();
    void patchNameValidation();
    void logoPngAndJpeg();
    void logoLimitsAccepted();
    void logoRejections_data();
    void logoRejections();
    void leave();
    void lastAdminCannotLeave();
    void deleteOrgConfirm_data();
    void deleteOrgConfirm();
    void deleteOrgRemovesEverything();
    void nonMemberGets404_data();
    void nonMemberGets404();

private:
    // Rejected requests change nothing (each such test checks that with a database dump),
    // so they share one server; successful changes get a fresh one.
    std::unique_ptr<ServerProcess> m_shared;
    DemoIds m_ids;
    QString m_gusToken;
};

void TestOrg::initTestCase()
{
    m_shared = std::make_unique<ServerProcess>();
    QVERIFY2(m_shared->start(), qPrintable(m_shared->lastError()));
    m_ids = demoIds(m_shared->baseUrl());
    QVERIFY(!m_ids.acme.isEmpty());
    m_gusToken = login(m_shared->baseUrl(), QStringLiteral("gus@globex.test"));
    QVERIFY(!m_gusToken.isEmpty());
}

void TestOrg::cleanupTestCase()
{
    m_shared.reset();
}

void TestOrg::getOrgShapeAndEtag()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    QVERIFY(!ids.acme.isEmpty());
    HttpClient client(server.baseUrl());
    client.setToken(login(server.baseUrl(), QStringLiteral("otto@acme.test"))); // any role may view

    const HttpResponse r = client.get(orgPath(ids.acme));
    QCOMPARE_STATUS(r, 200);
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QLatin1String("id")).toString(), ids.acme);
    QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("Acme Monitoring"));
    QVERIFY(o.value(QLatin1String("hasLogo")).isBool());
    QVERIFY(o.contains(QLatin1String("logoEtag")));
    QVERIFY2(parseRfc3339Utc(o.value(QLatin1String("createdAt")).toString()).isValid(), r.body.constData());
    QCOMPARE(o.value(QLatin1String("memberCount")).toInt(), 5 + 20);
    QVERIFY(o.value(QLatin1String("version")).isDouble());
    const qint64 version = qint64(o.value(QLatin1String("version")).toDouble());
    QVERIFY(version > 0);
    const QByteArray etag = r.header("ETag");
    QCOMPARE(etag, QByteArray("\"" + QByteArray::number(version) + "\""));

    const HttpResponse notModified = client.get(orgPath(ids.acme), {{"If-None-Match", etag}});
    QCOMPARE_STATUS(notModified, 304);
    QVERIFY(notModified.body.isEmpty());
    QCOMPARE_STATUS(client.get(orgPath(ids.acme), {{"If-None-Match", "\"1\""}}), version == 1 ? 304 : 200);
    QCOMPARE_STATUS(client.get(orgPath(ids.acme), {{"If-None-Match", "\"999999\""}}), 200);

    // After a change the old ETag gets a fresh 200 with the new ETag.
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    QCOMPARE_STATUS(ada.patch(orgPath(ids.acme), QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Two")}}),
                    200);
    const HttpResponse fresh = client.get(orgPath(ids.acme), {{"If-None-Match", etag}});
    QCOMPARE_STATUS(fresh, 200);
    QCOMPARE(fresh.object().value(QLatin1String("name")).toString(), QStringLiteral("Acme Two"));
    const qint64 newVersion = qint64(fresh.object().value(QLatin1String("version")).toDouble());
    QVERIFY(newVersion > version);
    QCOMPARE(fresh.header("ETag"), QByteArray("\"" + QByteArray::number(newVersion) + "\""));
    QCOMPARE_STATUS(client.get(orgPath(ids.acme), {{"If-None-Match", fresh.header("ETag")}}), 304);

    // Globex as seen by its member ada.
    const HttpResponse globex = ada.get(orgPath(ids.globex));
    QCOMPARE_STATUS(globex, 200);
    QCOMPARE(globex.object().value(QLatin1String("name")).toString(), QStringLiteral("Globex"));
    QCOMPARE(globex.object().value(QLatin1String("memberCount")).toInt(), 2);
}

void TestOrg::patchName()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const qint64 before = qint64(ada.get(orgPath(ids.acme)).object().value(QLatin1String("version")).toDouble());
    const HttpResponse r
        = ada.patch(orgPath(ids.acme), QJsonObject {{QStringLiteral("name"), QStringLiteral("  Acme Renamed  ")}});
    QCOMPARE_STATUS(r, 200);
    QCOMPARE(r.object().value(QLatin1String("id")).toString(), ids.acme);
    QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("Acme Renamed"));
    QCOMPARE(r.object().value(QLatin1String("memberCount")).toInt(), 25);
    const qint64 after = qint64(r.object().value(QLatin1String("version")).toDouble());
    QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    // Others see it; /me shows it.
    HttpClient uma(server.baseUrl());
    uma.setToken(login(server.baseUrl(), QStringLiteral("uma@acme.test")));
    QCOMPARE(uma.get(orgPath(ids.acme)).object().value(QLatin1String("name")).toString(),
             QStringLiteral("Acme Renamed"));
    bool inMe = false;
    for (const QJsonValue &v : uma.get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray())
        inMe = inMe || v.toObject().value(QLatin1String("name")).toString() == QLatin1String("Acme Renamed");
    QVERIFY(inMe);
    // Unknown fields are ignored; a body without name changes nothing or is rejected, never renames.
    const HttpResponse again = ada.patch(
        orgPath(ids.acme),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Final")}, {QStringLiteral("unknownField"), 1}});
    QCOMPARE_STATUS(again, 200);
    QCOMPARE(again.object().value(QLatin1String("name")).toString(), QStringLiteral("Acme Final"));
    QVERIFY(qint64(again.object().value(QLatin1String("version")).toDouble()) > after);
}

void TestOrg::patchNameValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const auto withName = [](const QString &name) {
        return QJsonDocument(QJsonObject {{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("empty") << withName(QString()) << 422;
    QTest::newRow("spaces") << withName(QStringLiteral("   ")) << 422;
    QTest::newRow("101 chars") << withName(QString(101, QLatin1Char('a'))) << 422;
    QTest::newRow("control char") << withName(QStringLiteral("Ac\u0001me")) << 422;
    QTest::newRow("newline") << withName(QStringLiteral("Acme\nMonitoring")) << 422;
    QTest::newRow("name number") << QByteArray("{\"name\":7}") << 400;
    QTest::newRow("name null") << QByteArray("{\"name\":null}") << 400;
    QTest::newRow("malformed") << QByteArray("{\"name\":") << 400;
    QTest::newRow("array body") << QByteArray("[\"x\"]") << 400;
}

void TestOrg::patchNameValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    ServerProcess &server = *m_shared;
    const DemoIds &ids = m_ids;
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QByteArray before = dumpDatabase(server.databaseUrl());
    const HttpResponse r = ada.patchRaw(orgPath(ids.acme), body);
    if (status == 422)
        QVERIFY_VALIDATION(r, "name");
    else
        QVERIFY_PROBLEM(r, 400, "bad_request");
    QCOMPARE(dumpDatabase(server.databaseUrl()), before);
    QCOMPARE(ada.get(orgPath(ids.acme)).object().value(QLatin1String("name")).toString(),
             QStringLiteral("Acme Monitoring"));
}

void TestOrg::logoPngAndJpeg()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    HttpClient bea(server.baseUrl()); // business: may view the logo
    bea.setToken(login(server.baseUrl(), QStringLiteral("bea@acme.test")));

    QCOMPARE_STATUS(ada.get(orgPath(ids.acme, QStringLiteral("/logo"))), 404);
    const QJsonObject initial = ada.get(orgPath(ids.acme)).object();
    QCOMPARE(initial.value(QLatin1String("hasLogo")).toBool(true), false);

    const QByteArray pngBytes = png(120, 60);
    const HttpResponse putPng = ada.put(orgPath(ids.acme, QStringLiteral("/logo")), pngBytes, "image/png");
    QCOMPARE_STATUS(putPng, 204);
    const QJsonObject withPng = ada.get(orgPath(ids.acme)).object();
    QCOMPARE(withPng.value(QLatin1String("hasLogo")).toBool(), true);
    const QString pngEtag = withPng.value(QLatin1String("logoEtag")).toString();
    QVERIFY(!pngEtag.isEmpty());
    QVERIFY2(!pngEtag.contains(QLatin1Char('"')), qPrintable(pngEtag));
    QVERIFY(withPng.value(QLatin1String("version")).toDouble() > initial.value(QLatin1String("version")).toDouble());
    const HttpResponse getPng = bea.get(orgPath(ids.acme, QStringLiteral("/logo")));
    QCOMPARE_STATUS(getPng, 200);
    QCOMPARE(getPng.body, pngBytes);
    QVERIFY2(getPng.header("Content-Type").startsWith("image/png"), getPng.header("Content-Type").constData());
    QVERIFY2(getPng.header("ETag").contains(pngEtag.toUtf8()), getPng.header("ETag").constData());

    // Judged by the bytes, not the header: a JPEG sent as application/octet-stream.
    const QByteArray jpegBytes = jpeg(200, 100);
    QCOMPARE_STATUS(ada.put(orgPath(ids.acme, QStringLiteral("/logo")), jpegBytes, "application/octet-stream"), 204);
    const QJsonObject withJpeg = ada.get(orgPath(ids.acme)).object();
    const QString jpegEtag = withJpeg.value(QLatin1String("logoEtag")).toString();
    QVERIFY(!jpegEtag.isEmpty());
    QVERIFY(jpegEtag != pngEtag);
    const HttpResponse getJpeg = ada.get(orgPath(ids.acme, QStringLiteral("/logo")));
    QCOMPARE_STATUS(getJpeg, 200);
    QCOMPARE(getJpeg.body, jpegBytes);
    QVERIFY2(getJpeg.header("Content-Type").startsWith("image/jpeg"), getJpeg.header("Content-Type").constData());
    QVERIFY2(getJpeg.header("ETag").contains(jpegEtag.toUtf8()), getJpeg.header("ETag").constData());
    QVERIFY(getJpeg.header("ETag") != getPng.header("ETag"));

    // A different PNG sent as image/jpeg is stored as the PNG it is.
    const QByteArray otherPng = png(32, 32, Qt::red);
    QCOMPARE_STATUS(ada.put(orgPath(ids.acme, QStringLiteral("/logo")), otherPng, "image/jpeg"), 204);
    const HttpResponse getOther = ada.get(orgPath(ids.acme, QStringLiteral("/logo")));
    QCOMPARE(getOther.body, otherPng);
    QVERIFY2(getOther.header("Content-Type").startsWith("image/png"), getOther.header("Content-Type").constData());
    const QString otherEtag = ada.get(orgPath(ids.acme)).object().value(QLatin1String("logoEtag")).toString();
    QVERIFY(otherEtag != jpegEtag && otherEtag != pngEtag);

    const HttpResponse del = ada.del(orgPath(ids.acme, QStringLiteral("/logo")));
    QCOMPARE_STATUS(del, 204);
    QVERIFY_PROBLEM(ada.get(orgPath(ids.acme, QStringLiteral("/logo"))), 404, "not_found");
    const QJsonObject deleted = ada.get(orgPath(ids.acme)).object();
    QCOMPARE(deleted.value(QLatin1String("hasLogo")).toBool(true), false);
    QVERIFY(deleted.value(QLatin1String("logoEtag")).toString() != otherEtag);
}

void TestOrg::logoLimitsAccepted()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QList<QByteArray> accepted {png(1024, 1024), png(1024, 1), png(1, 1024), jpeg(1024, 1024),
                                      pngOfSize(1024 * 1024)};
    for (const QByteArray &bytes : accepted) {
        QCOMPARE_STATUS(ada.put(orgPath(ids.acme, QStringLiteral("/logo")), bytes, "image/png"), 204);
        QCOMPARE(ada.get(orgPath(ids.acme, QStringLiteral("/logo"))).body, bytes);
    }
}

void TestOrg::logoRejections_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString unsupported = QStringLiteral("unsupported_media_type");
    const QString invalid = QStringLiteral("validation_failed");
    QTest::newRow("text file") << QByteArray("just some text, not an image\n") << 415 << unsupported;
    QTest::newRow("empty body") << QByteArray() << 415 << unsupported;
    QTest::newRow("gif") << kGif << 415 << unsupported;
    QTest::newRow("pdf header") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
                                << 415 << unsupported;
    QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>") << 415
                         << unsupported;
    QTest::newRow("png header + garbage")
        << (QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(200, 'g')) << 422 << invalid;
    QTest::newRow("jpeg header + garbage")
        << (QByteArray::fromHex("ffd8ffe000104a464946") + QByteArray(200, 'g')) << 422 << invalid;
    const QByteArray validPng = png(100, 100);
    QTest::newRow("truncated png") << validPng.left(validPng.size() / 2) << 422 << invalid;
    QTest::newRow("png 1025x10") << png(1025, 10) << 422 << invalid;
    QTest::newRow("png 10x1025") << png(10, 1025) << 422 << invalid;
    QTest::newRow("jpeg 1025x10") << jpeg(1025, 10) << 422 << invalid;
    QTest::newRow("png 1 MiB + 1 byte") << pngOfSize(1024 * 1024 + 1) << 413 << QStringLiteral("payload_too_large");
    QTest::newRow("png 3 MiB") << pngOfSize(3 * 1024 * 1024) << 413 << QStringLiteral("payload_too_large");
}

void TestOrg::logoRejections()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, code);
    ServerProcess &server = *m_shared;
    const DemoIds &ids = m_ids;
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QByteArray previous = png(64, 64, Qt::green);
    QCOMPARE_STATUS(ada.put(orgPath(ids.acme, QStringLiteral("/logo")), previous, "image/png"), 204);
    const QJsonObject orgBefore = ada.get(orgPath(ids.acme)).object();
    const QByteArray dumpBefore = dumpDatabase(server.databaseUrl());

    const HttpResponse r = ada.put(orgPath(ids.acme, QStringLiteral("/logo")), bytes, "image/png");
    const QString mismatch = problemMismatch(r, status, code);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    const HttpResponse logo = ada.get(orgPath(ids.acme, QStringLiteral("/logo")));
    QCOMPARE_STATUS(logo, 200);
    QVERIFY2(logo.body == previous, "the previous logo changed after a rejected upload");
    QCOMPARE(ada.get(orgPath(ids.acme)).object(), orgBefore);
    QCOMPARE(dumpDatabase(server.databaseUrl()), dumpBefore);
}

void TestOrg::leave()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient uma(server.baseUrl());
    uma.setToken(login(server.baseUrl(), QStringLiteral("uma@acme.test")));
    QCOMPARE_STATUS(uma.get(orgPath(ids.acme)), 200);
    const HttpResponse r = uma.post(orgPath(ids.acme, QStringLiteral("/leave")));
    QCOMPARE_STATUS(r, 204);
    // Access ends at once, with the same token.
    QVERIFY_PROBLEM(uma.get(orgPath(ids.acme)), 404, "not_found");
    QVERIFY_PROBLEM(uma.get(orgPath(ids.acme, QStringLiteral("/members"))), 404, "not_found");
    QVERIFY_PROBLEM(uma.post(orgPath(ids.acme, QStringLiteral("/leave"))), 404, "not_found");
    const HttpResponse me = uma.get(QStringLiteral("/me"));
    QCOMPARE_STATUS(me, 200);
    QCOMPARE(me.object().value(QLatin1String("orgs")).toArray().size(), 0);
    // The others see one member fewer; the account remains.
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    QCOMPARE(ada.get(orgPath(ids.acme)).object().value(QLatin1String("memberCount")).toInt(), 24);
    const HttpResponse members = ada.get(orgPath(ids.acme, QStringLiteral("/members?perPage=500")));
    for (const QJsonValue &v : members.object().value(QLatin1String("items")).toArray())
        QVERIFY(v.toObject().value(QLatin1String("email")).toString() != QLatin1String("uma@acme.test"));
    QVERIFY(!login(server.baseUrl(), QStringLiteral("uma@acme.test")).isEmpty());

    // Ada leaves Globex (where she is a user): Acme stays.
    QCOMPARE_STATUS(ada.post(orgPath(ids.globex, QStringLiteral("/leave"))), 204);
    QVERIFY_PROBLEM(ada.get(orgPath(ids.globex)), 404, "not_found");
    QCOMPARE_STATUS(ada.get(orgPath(ids.acme)), 200);
    const QJsonArray adaOrgs = ada.get(QStringLiteral("/me")).object().value(QLatin1String("orgs")).toArray();
    QCOMPARE(adaOrgs.size(), 1);
    QCOMPARE(adaOrgs.first().toObject().value(QLatin1String("id")).toString(), ids.acme);
}

void TestOrg::lastAdminCannotLeave()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    HttpClient gus(server.baseUrl());
    gus.setToken(login(server.baseUrl(), QStringLiteral("gus@globex.test")));
    const QByteArray before = dumpDatabase(server.databaseUrl());
    QVERIFY_PROBLEM(ada.post(orgPath(ids.acme, QStringLiteral("/leave"))), 409, "last_admin");
    QVERIFY_PROBLEM(gus.post(orgPath(ids.globex, QStringLiteral("/leave"))), 409, "last_admin");
    QCOMPARE(dumpDatabase(server.databaseUrl()), before);
    QCOMPARE_STATUS(ada.get(orgPath(ids.acme)), 200);
    QCOMPARE_STATUS(gus.get(orgPath(ids.globex)), 200);
}

void TestOrg::deleteOrgConfirm_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("missing") << QString();
    QTest::newRow("empty") << QStringLiteral("?confirm=");
    QTest::newRow("lower case") << QStringLiteral("?confirm=acme%20monitoring");
    QTest::newRow("upper case") << QStringLiteral("?confirm=ACME%20MONITORING");
    QTest::newRow("prefix") << QStringLiteral("?confirm=Acme");
    QTest::newRow("trailing space") << QStringLiteral("?confirm=Acme%20Monitoring%20");
    QTest::newRow("other org") << QStringLiteral("?confirm=Globex");
}

void TestOrg::deleteOrgConfirm()
{
    QFETCH(QString, query);
    ServerProcess &server = *m_shared;
    const DemoIds &ids = m_ids;
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    const QByteArray before = dumpDatabase(server.databaseUrl());
    const HttpResponse r = ada.del(orgPath(ids.acme) + query);
    QVERIFY_PROBLEM(r, 422, "validation_failed");
    QCOMPARE(dumpDatabase(server.databaseUrl()), before);
    QCOMPARE_STATUS(ada.get(orgPath(ids.acme)), 200);
}

void TestOrg::deleteOrgRemovesEverything()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const DemoIds ids = demoIds(server.baseUrl());
    const QString db = server.databaseUrl();
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    HttpClient max(server.baseUrl());
    max.setToken(login(server.baseUrl(), QStringLiteral("max@acme.test")));
    HttpClient uma(server.baseUrl());
    uma.setToken(login(server.baseUrl(), QStringLiteral("uma@acme.test")));

    // Give the org a logo, a fresh key in use and an invitation whose token we know.
    QCOMPARE_STATUS(ada.put(orgPath(ids.acme, QStringLiteral("/logo")), png(50, 50), "image/png"), 204);
    const HttpResponse key = ada.post(orgPath(ids.acme, QStringLiteral("/api-keys")),
                                      QJsonObject {{QStringLiteral("name"), QStringLiteral("to be revoked")},
                                                   {QStringLiteral("description"), QStringLiteral("agent")}});
    QCOMPARE_STATUS(key, 201);
    HttpClient agent(server.baseUrl());
    agent.setToken(key.object().value(QLatin1String("secret")).toString());
    QCOMPARE_STATUS(agent.get(QStringLiteral("/agent/ping")), 200);
    QCOMPARE_STATUS(ada.post(orgPath(ids.acme, QStringLiteral("/invitations")),
                             QJsonObject {{QStringLiteral("email"), QStringLiteral("newcomer@example.test")},
                                          {QStringLiteral("role"), QStringLiteral("user")}}),
                    201);
    QString inviteToken;
    for (const QByteArray &mail : outboxMessages(server.outboxDir())) {
        const ParsedMail parsed = parseMail(mail);
        if (parsed.to.contains(QLatin1String("newcomer@example.test")))
            inviteToken = invitationTokenFrom(parsed.body);
    }
    QVERIFY2(!inviteToken.isEmpty(), "no invitation mail with an odi_ token in the outbox");
    QVERIFY(dumpDatabase(db).contains(ids.acme.toUtf8()));

    const HttpResponse r = ada.del(orgPath(ids.acme) + QStringLiteral("?confirm=Acme%20Monitoring"));
    QCOMPARE_STATUS(r, 204);

    // Gone for everybody.
    QVERIFY_PROBLEM(ada.get(orgPath(ids.acme)), 404, "not_found");
    QVERIFY_PROBLEM(max.get(orgPath(ids.acme)), 404, "not_found");
    QVERIFY_PROBLEM(uma.get(orgPath(ids.acme, QStringLiteral("/members"))), 404, "not_found");
    QVERIFY_PROBLEM(ada.get(orgPath(ids.acme, QStringLiteral("/logo"))), 404, "not_found");
    QVERIFY_PROBLEM(ada.del(orgPath(ids.acme) + QStringLiteral("?confirm=Acme%20Monitoring")), 404, "not_found");
    // Keys revoked at once; invitation tokens dead.
    QVERIFY_PROBLEM(agent.get(QStringLiteral("/agent/ping")), 401, "unauthenticated");
    HttpClient anonymous(server.baseUrl());
    QVERIFY_PROBLEM(anonymous.post(QStringLiteral("/invitations/accept"),
                                   QJsonObject {{QStringLiteral("token"), inviteToken},
                                                {QStringLiteral("name"), QStringLiteral("New Comer")},
                                                {QStringLiteral("password"), QStringLiteral("long-enough-password")}}),
                    410, "invitation_expired");

    // No row of the org is left in any table (rate-limit bookkeeping aside).
    const QByteArray dump = dumpDatabase(db);
    QVERIFY(!dump.isEmpty());
    QByteArray offending;
    QByteArray table;
    for (const QByteArray &line : dump.split('\n')) {
        if (line.startsWith("== "))
            table = line;
        else if (line.contains(ids.acme.toUtf8()) && !table.startsWith("== invitation_sends "))
            offending += table + '\n' + line + '\n';
    }
    QVERIFY2(offending.isEmpty(), offending.constData());
    // Billing rows of the org: none (Globex has its own subscription).
    const QList<QVariantList> subs = queryDatabase(db, QStringLiteral("SELECT COUNT(*) FROM subscriptions"));
    QCOMPARE(subs.value(0).value(0).toInt(), 1);
    const QList<QVariantList> cards = queryDatabase(db, QStringLiteral("SELECT COUNT(*) FROM payment_methods"));
    QCOMPARE(cards.value(0).value(0).toInt(), 0);
    const QList<QVariantList> invoices = queryDatabase(db, QStringLiteral("SELECT COUNT(*) FROM invoices"));
    QCOMPARE(invoices.value(0).value(0).toInt(), 0);
    const QList<QVariantList> lines = queryDatabase(db, QStringLiteral("SELECT COUNT(*) FROM invoice_lines"));
    QCOMPARE(lines.value(0).value(0).toInt(), 0);
    const QList<QVariantList> keys = queryDatabase(db, QStringLiteral("SELECT COUNT(*) FROM api_keys"));
    QCOMPARE(keys.value(0).value(0).toInt(), 0);
    const QList<QVariantList> invitations = queryDatabase(db, QStringLiteral("SELECT COUNT(*) FROM invitations"));
    QCOMPARE(invitations.value(0).value(0).toInt(), 0);
    // Memberships left: Globex's two (gus, ada).
    const QList<QVariantList> memberships = queryDatabase(db, QStringLiteral("SELECT COUNT(*) FROM memberships"));
    QCOMPARE(memberships.value(0).value(0).toInt(), 2);

    // The accounts remain; ada's other org is intact.
    const QList<QVariantList> users = queryDatabase(db, QStringLiteral("SELECT COUNT(*) FROM users"));
    QCOMPARE(users.value(0).value(0).toInt(), 5 + 20 + 1);
    QVERIFY(!login(server.baseUrl(), QStringLiteral("max@acme.test")).isEmpty());
    const HttpResponse me = ada.get(QStringLiteral("/me"));
    QCOMPARE_STATUS(me, 200);
    const QJsonArray orgs = me.object().value(QLatin1String("orgs")).toArray();
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.first().toObject().value(QLatin1String("id")).toString(), ids.globex);
    QCOMPARE(orgs.first().toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
    const HttpResponse globex = ada.get(orgPath(ids.globex));
    QCOMPARE_STATUS(globex, 200);
    QCOMPARE(globex.object().value(QLatin1String("memberCount")).toInt(), 2);
    HttpClient gus(server.baseUrl());
    gus.setToken(login(server.baseUrl(), QStringLiteral("gus@globex.test")));
    QCOMPARE_STATUS(gus.get(orgPath(ids.globex, QStringLiteral("/billing/subscription"))), 200);
    // max has no org left but is still signed in.
    const HttpResponse maxMe = max.get(QStringLiteral("/me"));
    QCOMPARE_STATUS(maxMe, 200);
    QCOMPARE(maxMe.object().value(QLatin1String("orgs")).toArray().size(), 0);
}

void TestOrg::nonMemberGets404_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    const QByteArray json("application/json");
    QTest::newRow("GET org") << QByteArray("GET") << QString() << QByteArray() << QByteArray();
    QTest::newRow("PATCH org") << QByteArray("PATCH") << QString() << QByteArray("{\"name\":\"Hijacked\"}") << json;
    QTest::newRow("PATCH org invalid") << QByteArray("PATCH") << QString() << QByteArray("{\"name\":\"\"}") << json;
    QTest::newRow("GET logo") << QByteArray("GET") << QStringLiteral("/logo") << QByteArray() << QByteArray();
    QTest::newRow("PUT logo") << QByteArray("PUT") << QStringLiteral("/logo") << png(10, 10) << QByteArray("image/png");
    QTest::newRow("PUT logo not image") << QByteArray("PUT") << QStringLiteral("/logo") << QByteArray("text")
                                        << QByteArray("text/plain");
    QTest::newRow("DELETE logo") << QByteArray("DELETE") << QStringLiteral("/logo") << QByteArray() << QByteArray();
    QTest::newRow("leave") << QByteArray("POST") << QStringLiteral("/leave") << QByteArray("{}") << json;
    QTest::newRow("DELETE org") << QByteArray("DELETE") << QStringLiteral("?confirm=Acme%20Monitoring") << QByteArray()
                                << QByteArray();
    QTest::newRow("DELETE org no confirm") << QByteArray("DELETE") << QString() << QByteArray() << QByteArray();
}

void TestOrg::nonMemberGets404()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    ServerProcess &server = *m_shared;
    const DemoIds &ids = m_ids;
    HttpClient ada(server.baseUrl());
    ada.setToken(ids.adaToken);
    QCOMPARE_STATUS(ada.put(orgPath(ids.acme, QStringLiteral("/logo")), png(20, 20), "image/png"), 204);
    HttpClient gus(server.baseUrl()); // Globex's admin, not in Acme
    gus.setToken(m_gusToken);
    const QByteArray before = dumpDatabase(server.databaseUrl());
    const QString full = orgPath(ids.acme) + path;
    HttpResponse r;
    if (verb == "GET")
        r = gus.get(full);
    else if (verb == "PATCH")
        r = gus.patchRaw(full, body, contentType);
    else if (verb == "PUT")
        r = gus.put(full, body, contentType);
    else if (verb == "POST")
        r = gus.postRaw(full, body, contentType);
    else
        r = gus.del(full);
    QVERIFY_PROBLEM(r, 404, "not_found");
    // A 404 does not reveal the org.
    QVERIFY(!r.body.contains("Acme"));
    QCOMPARE(dumpDatabase(server.databaseUrl()), before);
    // Same answer as for an org that does not exist.
    QVERIFY_PROBLEM(gus.get(orgPath(QStringLiteral("org_doesnotexist"))), 404, "not_found");
}

QTEST_GUILESS_MAIN(TestOrg)
#include "tst_org.moc"
