#include "LogoFile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

void LogoFile::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    m_bytes.clear();
    m_contentType.clear();
}

QString LogoFile::tooLarge(const QString &name, qint64 bytes)
{
    return tr("“%1” is %2 KiB; a logo may be at most 1 MiB (1024 KiB).").arg(name).arg((bytes + 1023) / 1024);
}

QString LogoFile::tooManyPixels(const QString &name, const QSize &size)
{
    return tr("“%1” is %2×%3 pixels; a logo may be at most %4×%4.")
        .arg(name)
        .arg(size.width())
        .arg(size.height())
        .arg(kMaxSide);
}

LogoFile LogoFile::load(const QString &path)
{
    LogoFile result;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        result.fail(Problem::Unreadable,
                    tr("“%1” cannot be read: %2.")
                        .arg(name, QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString()));
        return result;
    }
    // One byte more than allowed is enough to know it is too large, whatever its size.
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.fail(Problem::Unreadable, tr("“%1” cannot be read: %2.").arg(name, file.errorString()));
        return result;
    }
    if (bytes.size() > kMaxBytes) {
        const qint64 total = qMax<qint64>(file.size(), bytes.size());
        result.fail(Problem::TooLarge, tooLarge(name, total));
        return result;
    }
    return fromBytes(bytes, name);
}

LogoFile LogoFile::fromBytes(const QByteArray &bytes, const QString &name)
{
    LogoFile result;
    if (bytes.size() > kMaxBytes) {
        result.fail(Problem::TooLarge, tooLarge(name, bytes.size()));
        return result;
    }
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Judged by the bytes, as the server does: a renamed text file is not a PNG.
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    QByteArray contentType;
    if (format == "png")
        contentType = "image/png";
    else if (format == "jpeg" || format == "jpg")
        contentType = "image/jpeg";
    if (contentType.isEmpty()) {
        result.fail(Problem::NotAnImage,
                    tr("“%1” is not a PNG or JPEG image (judged by its content, not its name). Save it as PNG or "
                       "JPEG and try again.")
                        .arg(name));
        return result;
    }
    QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxSide || size.height() > kMaxSide)) {
        result.fail(Problem::TooManyPixels, tooManyPixels(name, size));
        return result;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        result.fail(Problem::Damaged,
                    tr("“%1” looks like an image but cannot be read (%2). Save it again as PNG or "
                       "JPEG.")
                        .arg(name, reader.errorString()));
        return result;
    }
    size = image.size();
    if (size.width() > kMaxSide || size.height() > kMaxSide) {
        result.fail(Problem::TooManyPixels, tooManyPixels(name, size));
        return result;
    }
    result.m_bytes = bytes;
    result.m_contentType = contentType;
    result.m_size = size;
    return result;
}
