#include "ConnectionStatus.h"

#include "OrgSession.h"
#include "sync/SyncOutcome.h"

#include <QAction>
#include <QDate>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace {

// "14:02" today, "27 Nov 2026, 14:02" on another day, in the user's locale and time zone.
QString shortWhen(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

ConnectionStatus::ConnectionStatus(OrgSession *session, const Actions &actions, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_actions(actions)
    , m_notice(new QFrame(window))
    , m_noticeText(new QLabel(m_notice))
    , m_remedyButton(new QPushButton(m_notice))
    , m_progress(new QProgressBar(window))
    , m_cancel(new QToolButton(window))
    , m_lastSynced(new QLabel(window))
    , m_online(new QLabel(window))
{
    m_notice->setObjectName(QStringLiteral("offlineNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
    m_notice->setPalette(palette);
    m_noticeText->setObjectName(QStringLiteral("offlineText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText);
    auto *icon = new QLabel(m_notice);
    const int iconSize = window->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, window);
    icon->setPixmap(window->style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    m_remedyButton->setObjectName(QStringLiteral("offlineRemedy"));
    auto *layout = new QHBoxLayout(m_notice);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_noticeText, 1);
    layout->addWidget(m_remedyButton);
    m_notice->hide();
    connect(m_remedyButton, &QPushButton::clicked, this, [this] {
        if (m_remedy)
            m_remedy->trigger();
    });

    m_online->setObjectName(QStringLiteral("onlineState"));
    m_lastSynced->setObjectName(QStringLiteral("lastSynced"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setDefaultAction(m_actions.cancelSync);
    m_cancel->setIcon(window->style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    m_cancel->setAccessibleName(tr("Cancel sync"));
    m_cancel->hide();

    connect(session, &OrgSession::stateChanged, this, &ConnectionStatus::update);
    connect(session, &OrgSession::workOfflineChanged, this, &ConnectionStatus::update);
    connect(session, &OrgSession::lastSyncedChanged, this, &ConnectionStatus::update);
    connect(session, &OrgSession::onlineChanged, this, [this](bool online) {
        if (online)
            m_knownOffline = false;
        else if (m_session->state() == OrgSession::State::SignedIn)
            m_knownOffline = true;
        update();
    });
    connect(session, &OrgSession::syncingChanged, this, &ConnectionStatus::onSyncingChanged);
    connect(session, &OrgSession::syncProgress, m_progress, &QProgressBar::setValue);
    connect(session, &OrgSession::syncFinished, this, &ConnectionStatus::onSyncFinished);
    update();
}

QWidget *ConnectionStatus::notice() const
{
    return m_notice;
}

void ConnectionStatus::addTo(QStatusBar *bar)
{
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_lastSynced);
    bar->addPermanentWidget(m_online);
}

void ConnectionStatus::onSyncingChanged(bool syncing)
{
    m_progress->setValue(0);
    m_progress->setVisible(syncing);
    m_cancel->setVisible(syncing);
    m_actions.cancelSync->setEnabled(syncing);
}

void ConnectionStatus::onSyncFinished(const SyncOutcome &outcome)
{
    if (outcome.kind == SyncOutcome::Kind::Offline)
        m_knownOffline = true;
    else if (outcome.kind == SyncOutcome::Kind::Synced)
        m_knownOffline = false;
    update();
}

void ConnectionStatus::update()
{
    const auto state = m_session->state();
    const QDateTime last = m_session->lastSynced();
    const QString when = last.isValid() ? shortWhen(last) : QString();
    m_lastSynced->setText(when.isEmpty() ? QString() : tr("Synced %1").arg(when));
    m_lastSynced->setToolTip(last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::LongFormat) : QString());

    QString online;
    QString notice;
    QAction *remedy = nullptr;
    QString remedyText;
    const QString since = when.isEmpty() ? QString() : tr(" — showing data from %1").arg(when);
    if (state == OrgSession::State::SignedOut) {
        online = tr("Signed out");
    } else if (m_session->workOffline()) {
        online = tr("Working offline");
        notice = tr("Working offline%1. Nothing is sent until you go online.").arg(since);
        remedy = m_actions.workOffline;
        remedyText = tr("&Go Online");
    } else if (state == OrgSession::State::NeedsPassword) {
        online = tr("Not signed in");
        notice = tr("Not signed in%1. Sign in to sync and make changes.").arg(since);
        remedy = m_actions.signIn;
        remedyText = tr("Sign &In…");
    } else if (m_session->isOnline()) {
        online = tr("Online");
    } else if (m_knownOffline) {
        online = tr("Offline");
        notice = when.isEmpty() ? tr("Offline — the server cannot be reached. OrgDesk keeps trying.")
                                : tr("Offline — showing data from %1. Changes are disabled until the server is "
                                     "reachable; OrgDesk keeps trying.")
                                      .arg(when);
        remedy = m_actions.syncNow;
        remedyText = tr("Try &Again");
    } else {
        online = tr("Connecting…");
    }
    m_online->setText(online);
    m_online->setAccessibleName(tr("Connection: %1").arg(online));
    m_noticeText->setText(notice);
    m_remedy = remedy;
    m_remedyButton->setText(remedyText);
    m_remedyButton->setAccessibleName(QString(remedyText).remove(QLatin1Char('&')));
    m_remedyButton->setVisible(remedy != nullptr);
    m_notice->setVisible(!notice.isEmpty());
}
