#pragma once

#include <QFrame>
#include <QList>
#include <QTimer>

class ApiError;
class ApiRequest;
class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

// The inline, non-modal message bar above the tabs (KMessageWidget's idea): errors of writes
// in the server's words, notices, and offers such as "Undo". It never blocks anything; it
// stays until closed (Escape on it, its close button) or replaced by the next message;
// only good news without an offer goes by itself after a few seconds.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Positive, Warning, Error };
    Q_ENUM(Kind)

    // How long a Positive message without actions stays (the others stay until closed).
    static constexpr int kPositiveMessageMs = 10000;

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `text` (plain text), replacing what was shown. `actions` become buttons after the
    // text (e.g. "Promote a member…"); triggering one closes the bar.
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    // "<what>: <the error in words>", as an Error. `what` says what failed ("Could not
    // remove Uma User"); the rest is ApiError::message() (the server's detail).
    void showError(const QString &what, const ApiError &error, const QList<QAction *> &actions = {});
    // Shows the request's failure with showError(what, …) when it fails; nothing on success.
    void watch(ApiRequest *request, const QString &what);
    void clearMessage();

    Kind kind() const { return m_kind; }
    void setPositiveTimeout(int ms) { m_autoHide.setInterval(ms); }
    QString text() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyKind();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_close;
    QList<QWidget *> m_actionButtons;
    QTimer m_autoHide;
};
