#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

// A logo file checked the way the server checks it (API.md: PNG or JPEG judged by its bytes,
// at most 1 MiB and 1024×1024 px), so that a file the server would refuse is explained
// before anything is sent.
class LogoFile
{
    Q_DECLARE_TR_FUNCTIONS(LogoFile)
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kMaxSide = 1024;

    enum class Problem { None, Unreadable, TooLarge, NotAnImage, TooManyPixels, Damaged };

    // Reads and checks the file at `path`. Never reads more than kMaxBytes + 1 bytes.
    static LogoFile load(const QString &path);
    // Checks bytes already in memory (`name` is only used in messages).
    static LogoFile fromBytes(const QByteArray &bytes, const QString &name);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // Why the file cannot be the logo, in words (empty when valid).
    QString errorString() const { return m_error; }
    QByteArray bytes() const { return m_bytes; }
    QByteArray contentType() const { return m_contentType; } // "image/png" or "image/jpeg"
    QSize size() const { return m_size; }

private:
    void fail(Problem problem, const QString &message);
    static QString tooLarge(const QString &name, qint64 bytes);
    static QString tooManyPixels(const QString &name, const QSize &size);

    Problem m_problem = Problem::None;
    QString m_error;
    QByteArray m_bytes;
    QByteArray m_contentType;
    QSize m_size;
};
