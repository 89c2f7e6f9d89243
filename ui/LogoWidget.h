#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

// The org's logo as the General tab shows it: the image scaled into a square (aspect kept),
// or, when there is none, a placeholder with the org's initials so the spot never looks
// broken or empty.
class LogoWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LogoWidget(QWidget *parent = nullptr);

    // The image bytes (PNG or JPEG) and the org's name (for the initials and the accessible
    // description). Empty or unreadable bytes show the placeholder.
    void setLogo(const QByteArray &bytes, const QString &orgName);

    bool hasImage() const { return !m_image.isNull(); }
    QImage image() const { return m_image; }
    // "AM" for "Acme Monitoring", "G" for "Globex", "?" for no name.
    QString initials() const { return m_initials; }
    static QString initialsOf(const QString &name);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
    QString m_initials;
};
