#pragma once
#include <QString>
#include <memory>
struct MailMessage
{
    QString to; // plain address, e.g. "new.person@example.com"
    QString subject; // may contain non-ASCII (encode per RFC 2047)
    QString textBody; // UTF-8 plain text, lines separated by \n
};
class Mailer
{
public:
    virtual ~Mailer() = default;
    // Sends the message; on failure returns false and sets *error to a sentence a person can read.
    virtual bool send(const MailMessage &message, QString *error) = 0;
    // host:port of a plain SMTP server (no TLS, no auth; a local relay), 10 s timeout overall.
    static std::unique_ptr<Mailer> createSmtp(const QString &host, quint16 port, const QString &from);
    // Writes each message as <dir>/<UTC yyyyMMdd-HHmmss-zzz>-<8 random hex>.eml via QSaveFile; creates dir if needed.
    static std::unique_ptr<Mailer> createOutbox(const QString &directory, const QString &from);
};
