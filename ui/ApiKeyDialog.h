#pragma once

#include "domain/ApiKey.h"

#include <QDialog>
#include <QPointer>

class ApiError;
class ApiRequest;
class OrgSession;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
struct ApiKeyPatch;

// Generates an API key (Ctrl+N on the API Keys tab) or edits one's name and description
// (F2). The name is required, 1–100 characters after trimming, without control characters,
// and judged as it is typed (the inline message; the button stays disabled); the description
// is optional, at most 500 characters, with a counter. While the request is on its way the
// dialog is busy (and cannot be closed: a generated secret must not be lost); the server's
// refusal is shown here, with the input kept. Open it with open(); Escape closes it unchanged.
class ApiKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Generate, Edit };

    static constexpr int kMaxName = 100;
    static constexpr int kMaxDescription = 500;

    // Generate mode.
    explicit ApiKeyDialog(OrgSession *session, QWidget *parent = nullptr);
    // Edit mode, prefilled from the key.
    ApiKeyDialog(OrgSession *session, const domain::ApiKey &key, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString keyId() const { return m_original.id; }
    QString name() const; // trimmed
    QString description() const; // trimmed
    // Edit mode: only the fields that differ from the key.
    ApiKeyPatch patch() const;
    bool isSending() const { return !m_request.isNull(); }

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The inline message under the name (empty when the name is fine or nothing was typed).
    QString nameProblem() const;
    // The inline message about the description (length, control characters), or empty.
    QString descriptionProblem() const;
    // "120 / 500" under the description.
    QString descriptionCount() const;
    // The server's answer to the last attempt, empty when none failed.
    QString errorText() const;

    // What is wrong with a name or description as typed, in words, or empty.
    static QString problemWithName(const QString &text);
    static QString problemWithDescription(const QString &text);

signals:
    // Generate mode: the server made the key. `secret` is shown once; it must not be stored
    // anywhere but in memory.
    void keyGenerated(const domain::ApiKey &key, const QString &secret);
    // Edit mode: the server took the change.
    void keyUpdated(const QString &keyId, const QString &name);

public slots:
    void accept() override;
    void reject() override;

private:
    void build();
    void updateState();
    void onFailed(const ApiError &error);
    bool isChanged() const;

    OrgSession *m_session;
    Mode m_mode;
    domain::ApiKey m_original;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionCount;
    QLabel *m_descriptionProblem;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<ApiRequest> m_request;
    bool m_edited = false;
};
