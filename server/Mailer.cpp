#include "Mailer.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>

#include <curl/curl.h>
#include <sodium.h>

#include <cstring>
#include <mutex>
#include <utility>

namespace {

// RFC 5322 recommends lines of at most 78 characters; RFC 2045 limits quoted-printable
// lines to 76 including the soft-break "=".
constexpr int HeaderLineLimit = 78;
constexpr int QuotedPrintableLineLimit = 76;
// RFC 2047 allows encoded-words of 75 characters; 39 bytes of UTF-8 make 52 characters of
// base64 and a 64-character word, so even the first one fits "Subject: " into 78.
constexpr int EncodedWordMaxBytes = 39;
constexpr long SmtpTimeoutSeconds = 10;

void randomBytes(void *buffer, size_t size)
{
    static const bool sodiumReady = sodium_init() >= 0;
    if (sodiumReady)
        randombytes_buf(buffer, size);
    else
        QRandomGenerator::system()->fillRange(static_cast<quint32 *>(buffer), size / sizeof(quint32));
}

QByteArray randomHex(int byteCount)
{
    // The fallback fills whole quint32s, so round the buffer up.
    QByteArray buffer((byteCount + 3) / 4 * 4, '\0');
    randomBytes(buffer.data(), size_t(buffer.size()));
    return buffer.left(byteCount).toHex();
}

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// An addr-spec we are willing to put into a header and an SMTP envelope as is: printable
// ASCII without spaces or the characters that would end or change the header, with one
// '@' between a non-empty local part and domain. (The API validates emails before they
// get here; this guards the header against injection.)
bool isPlainAddress(const QString &address)
{
    static const QString forbidden = QStringLiteral("<>()[],;:\"\\");
    if (address.isEmpty() || address.size() > 254 || !isPrintableAscii(address))
        return false;
    for (const QChar c : address) {
        if (c == QLatin1Char(' ') || forbidden.contains(c))
            return false;
    }
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return at > 0 && at == address.lastIndexOf(QLatin1Char('@')) && at < address.size() - 1;
}

// Splits UTF-8 into pieces of at most maxBytes, never inside a character.
QList<QByteArray> splitUtf8(const QByteArray &utf8, int maxBytes)
{
    QList<QByteArray> pieces;
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = qMin(start + maxBytes, utf8.size());
        // Back up while the first byte after the cut is a continuation byte (10xxxxxx).
        while (end < utf8.size() && end > start + 1 && (uchar(utf8.at(end)) & 0xc0) == 0x80)
            --end;
        pieces.append(utf8.mid(start, end - start));
        start = end;
    }
    return pieces;
}

// The value of an unstructured header field (RFC 5322 2.2.1), folded, starting after
// "Name: " (nameLength characters). Non-ASCII text becomes RFC 2047 base64 UTF-8
// encoded-words, one per line. Control characters (a CR or LF would start a new header)
// become spaces.
QByteArray encodeUnstructured(QString text, int nameLength)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    // Plain ASCII goes as is unless it could be mistaken for an encoded-word.
    if (isPrintableAscii(text) && !text.contains(QLatin1String("=?"))) {
        const QByteArray ascii = text.toLatin1();
        if (nameLength + ascii.size() <= HeaderLineLimit)
            return ascii;
        // Fold before spaces so lines stay short; a word longer than a line stays whole
        // (RFC 5322 allows up to 998 characters).
        QByteArray folded;
        int lineLength = nameLength;
        const QList<QByteArray> words = ascii.split(' ');
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray &word = words.at(i);
            if (i == 0) {
                folded += word;
                lineLength += int(word.size());
            } else if (word.isEmpty()) {
                // Runs of spaces stay on their line: a folded line must not be all blanks.
                folded += ' ';
                ++lineLength;
            } else if (lineLength + 1 + word.size() > HeaderLineLimit && lineLength > 1) {
                folded += "\r\n " + word;
                lineLength = 1 + int(word.size());
            } else {
                folded += ' ' + word;
                lineLength += 1 + int(word.size());
            }
        }
        bool fits = true;
        for (const QByteArray &line : folded.split('\n'))
            fits = fits && line.size() <= 998;
        if (fits)
            return folded;
    }
    QByteArray encoded;
    const QList<QByteArray> pieces = splitUtf8(text.toUtf8(), EncodedWordMaxBytes);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            encoded += "\r\n ";
        encoded += "=?UTF-8?B?" + pieces.at(i).toBase64() + "?=";
    }
    return encoded;
}

// A display name as an RFC 5322 phrase: atoms as is, other ASCII as a quoted-string,
// anything else as encoded-words.
QByteArray encodeDisplayName(const QString &name, int nameLength)
{
    static const QString atextSpecials = QStringLiteral("!#$%&'*+-/=?^_`{|}~ ");
    bool atoms = isPrintableAscii(name) && !name.contains(QLatin1String("=?"));
    for (const QChar c : name) {
        if (!atoms)
            break;
        atoms = c.isLetterOrNumber() || atextSpecials.contains(c);
    }
    if (atoms)
        return name.toLatin1();
    if (isPrintableAscii(name) && !name.contains(QLatin1String("=?"))) {
        QByteArray quoted = "\"";
        for (const QChar c : name) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                quoted += '\\';
            quoted += char(c.unicode());
        }
        return quoted + '"';
    }
    return encodeUnstructured(name, nameLength);
}

struct Sender
{
    QString displayName;
    QString address;
};

// Accepts "Name <addr@host>", "\"Name\" <addr@host>" and "addr@host".
bool parseSender(const QString &from, Sender *sender)
{
    const QString trimmed = from.trimmed();
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && trimmed.endsWith(QLatin1Char('>'))) {
        sender->address = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        QString name = trimmed.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2);
        sender->displayName = name;
    } else {
        sender->address = trimmed;
        sender->displayName.clear();
    }
    return isPlainAddress(sender->address);
}

// RFC 5322 date-time in UTC, with English names whatever the process locale.
QByteArray rfc5322Date(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

// Quoted-printable (RFC 2045 6.7) of UTF-8 text with CRLF line breaks. Besides what the
// RFC requires, a '.' or "From " at the start of a line is encoded so that no transport
// has to stuff or mangle it.
QByteArray encodeQuotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    QList<QByteArray> lines = normalized.toUtf8().split('\n');
    // A final "\n" ends the last line rather than starting an empty one.
    if (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast();
    for (const QByteArray &line : std::as_const(lines)) {
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar byte = uchar(line.at(i));
            const bool last = i == line.size() - 1;
            const bool literal
                = ((byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !last))
                && !(i == 0 && byte == '.') && !(i == 0 && line.startsWith("From "));
            QByteArray token;
            if (literal) {
                token = QByteArray(1, char(byte));
            } else {
                token = QByteArray(1, '=');
                token += hex[byte >> 4];
                token += hex[byte & 0x0f];
            }
            // Room for the soft break's '=' at the end of an encoded line.
            if (current.size() + token.size() > QuotedPrintableLineLimit - 1) {
                out += current + "=\r\n";
                current.clear();
            }
            current += token;
        }
        out += current + "\r\n";
    }
    return out;
}

bool buildMessage(const MailMessage &message, const QString &from, QByteArray *data, QString *error)
{
    Sender sender;
    if (!parseSender(from, &sender)) {
        *error = QStringLiteral("The sender address \"%1\" is not a valid email address.").arg(from.simplified());
        return false;
    }
    const QString to = message.to.trimmed();
    if (!isPlainAddress(to)) {
        *error
            = QStringLiteral("The recipient address \"%1\" is not a valid email address.").arg(message.to.simplified());
        return false;
    }

    QByteArray fromHeader = "From: ";
    if (!sender.displayName.isEmpty())
        fromHeader += encodeDisplayName(sender.displayName, 6) + " <" + sender.address.toLatin1() + '>';
    else
        fromHeader += sender.address.toLatin1();

    QByteArray out;
    out += fromHeader + "\r\n";
    out += "To: " + to.toLatin1() + "\r\n";
    out += "Subject: " + encodeUnstructured(message.subject, 9) + "\r\n";
    out += "Date: " + rfc5322Date(QDateTime::currentDateTimeUtc()) + "\r\n";
    out += "Message-ID: <" + randomHex(16) + "@orgdesk.invalid>\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "\r\n";
    out += encodeQuotedPrintable(message.textBody);
    *data = out;
    return true;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

class SmtpMailer final : public Mailer
{
public:
    SmtpMailer(const QString &host, quint16 port, const QString &from)
        : m_host(host)
        , m_port(port)
        , m_from(from)
    { }

    bool send(const MailMessage &message, QString *error) override;

private:
    struct Upload
    {
        const QByteArray *data = nullptr;
        qsizetype offset = 0;
    };

    static size_t read(char *buffer, size_t size, size_t count, void *userData);
    static size_t keepLastReply(char *buffer, size_t size, size_t count, void *userData);
    QString serverName() const;
    QString describeFailure(CURLcode code, long smtpCode, const QByteArray &lastReply, const char *detail,
                            const QString &recipient) const;

    QString m_host;
    quint16 m_port;
    QString m_from;
};

size_t SmtpMailer::read(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t chunk = qMin(size * count, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, chunk);
    upload->offset += qsizetype(chunk);
    return chunk;
}

// libcurl hands SMTP response lines to the header callback; the last 4xx/5xx one explains
// a refusal far better than curl's own "Weird server reply" (and QUIT's "221" follows it).
size_t SmtpMailer::keepLastReply(char *buffer, size_t size, size_t count, void *userData)
{
    const QByteArray line = QByteArray(buffer, qsizetype(size * count)).trimmed();
    if (line.startsWith('4') || line.startsWith('5'))
        *static_cast<QByteArray *>(userData) = line;
    return size * count;
}

QString SmtpMailer::serverName() const
{
    return m_host + QLatin1Char(':') + QString::number(m_port);
}

QString SmtpMailer::describeFailure(CURLcode code, long smtpCode, const QByteArray &lastReply, const char *detail,
                                    const QString &recipient) const
{
    // curl's short phrase where the sentence already says what happened, its detailed
    // message otherwise.
    const QString phrase = QString::fromUtf8(curl_easy_strerror(code));
    const QString reason = detail && *detail ? QString::fromUtf8(detail) : phrase;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        return QStringLiteral("The mail server at %1 could not be reached (%2).").arg(serverName(), phrase);
    case CURLE_OPERATION_TIMEDOUT:
        return QStringLiteral("The mail server at %1 did not answer within %2 seconds (%3).")
            .arg(serverName())
            .arg(SmtpTimeoutSeconds)
            .arg(phrase);
    default:
        break;
    }
    if (smtpCode >= 400) {
        // "550 5.1.1 No such user" → "SMTP 550: 5.1.1 No such user".
        QString reply = QString::fromUtf8(lastReply).simplified();
        if (reply.startsWith(QString::number(smtpCode)))
            reply = reply.mid(4).trimmed();
        return QStringLiteral("The mail server at %1 refused the message to %2 (SMTP %3: %4).")
            .arg(serverName(), recipient)
            .arg(smtpCode)
            .arg(reply.isEmpty() ? reason : reply);
    }
    return QStringLiteral("The message could not be handed to the mail server at %1 (%2).").arg(serverName(), reason);
}

bool SmtpMailer::send(const MailMessage &message, QString *error)
{
    QByteArray data;
    QString buildError;
    if (!buildMessage(message, m_from, &data, &buildError)) {
        setError(error, buildError);
        return false;
    }

    static std::once_flag curlInitialized;
    static CURLcode curlInitResult = CURLE_OK;
    std::call_once(curlInitialized, [] { curlInitResult = curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (curlInitResult != CURLE_OK) {
        setError(error,
                 QStringLiteral("The mail library could not be initialised (%1).")
                     .arg(QString::fromUtf8(curl_easy_strerror(curlInitResult))));
        return false;
    }

    const std::unique_ptr<CURL, void (*)(CURL *)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        setError(error, QStringLiteral("The mail library could not start a transfer."));
        return false;
    }

    Sender sender;
    parseSender(m_from, &sender); // buildMessage() has validated it.
    const QString recipient = message.to.trimmed();
    // An IPv6 literal needs brackets in a URL.
    const QString urlHost = m_host.contains(QLatin1Char(':')) && !m_host.startsWith(QLatin1Char('['))
        ? QString(QLatin1Char('[') + m_host + QLatin1Char(']'))
        : m_host;
    const QByteArray url = QStringLiteral("smtp://%1:%2").arg(urlHost).arg(m_port).toUtf8();
    const QByteArray mailFrom = '<' + sender.address.toLatin1() + '>';
    const QByteArray rcpt = '<' + recipient.toLatin1() + '>';

    const std::unique_ptr<curl_slist, void (*)(curl_slist *)> recipients(curl_slist_append(nullptr, rcpt.constData()),
                                                                         curl_slist_free_all);
    if (!recipients) {
        setError(error, QStringLiteral("The mail library ran out of memory."));
        return false;
    }

    Upload upload;
    upload.data = &data;
    QByteArray lastReply;
    char detail[CURL_ERROR_SIZE] = {};

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
#if LIBCURL_VERSION_NUM >= 0x075500 // 7.85.0
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp");
#endif
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, &SmtpMailer::read);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, &SmtpMailer::keepLastReply);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &lastReply);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, SmtpTimeoutSeconds);
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, detail);

    const CURLcode result = curl_easy_perform(handle);
    if (result != CURLE_OK) {
        long smtpCode = 0;
        curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &smtpCode);
        setError(error, describeFailure(result, smtpCode, lastReply, detail, recipient));
        return false;
    }
    return true;
}

class OutboxMailer final : public Mailer
{
public:
    OutboxMailer(const QString &directory, const QString &from)
        : m_directory(directory)
        , m_from(from)
    { }

    bool send(const MailMessage &message, QString *error) override;

private:
    QString m_directory;
    QString m_from;
};

bool OutboxMailer::send(const MailMessage &message, QString *error)
{
    QByteArray data;
    QString buildError;
    if (!buildMessage(message, m_from, &data, &buildError)) {
        setError(error, buildError);
        return false;
    }

    const QDir dir(m_directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        setError(error,
                 QStringLiteral("The outbox directory %1 could not be created.")
                     .arg(QDir::toNativeSeparators(dir.absolutePath())));
        return false;
    }

    QString path;
    do {
        const QString name = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
            + QLatin1Char('-') + QString::fromLatin1(randomHex(4)) + QStringLiteral(".eml");
        path = dir.filePath(name);
    } while (QFile::exists(path));

    QSaveFile file(path);
    // Invitation emails carry one-time tokens: keep them from other users.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit()) {
        setError(error,
                 QStringLiteral("The message could not be written to %1 (%2).")
                     .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<Mailer> Mailer::createSmtp(const QString &host, quint16 port, const QString &from)
{
    return std::make_unique<SmtpMailer>(host, port, from);
}

std::unique_ptr<Mailer> Mailer::createOutbox(const QString &directory, const QString &from)
{
    return std::make_unique<OutboxMailer>(directory, from);
}
