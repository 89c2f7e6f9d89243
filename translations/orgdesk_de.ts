<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the address and your connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation>Der Server unter %1 ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <source>You are offline. Changes can be made once the server is reachable again.</source>
        <translation>Sie sind offline. Änderungen sind möglich, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The server sent an answer OrgDesk cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die OrgDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server could not understand the request.</source>
        <translation>Der Server konnte die Anfrage nicht verstehen.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Dazu haben Sie keine Berechtigung.</translation>
    </message>
    <message>
        <source>The item does not exist on the server (any more).</source>
        <translation>Das Element existiert auf dem Server nicht (mehr).</translation>
    </message>
    <message>
        <source>The change conflicts with the current state on the server.</source>
        <translation>Die Änderung steht im Konflikt mit dem aktuellen Stand auf dem Server.</translation>
    </message>
    <message>
        <source>This is no longer available on the server.</source>
        <translation>Dies ist auf dem Server nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>What you sent is too large for the server.</source>
        <translation>Die gesendeten Daten sind zu groß für den Server.</translation>
    </message>
    <message>
        <source>The server does not accept this kind of file.</source>
        <translation>Der Server akzeptiert diese Art von Datei nicht.</translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Einige Felder sind ungültig.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Zu viele Versuche. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server failed to complete the request. Try again later.</source>
        <translation>Der Server konnte die Anfrage nicht ausführen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP %1). Try again in a moment.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server failed with an error (HTTP %1). Try again later.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere (HTTP %1). Check the server address.</source>
        <translation>Der Server hat die Anfrage umgeleitet (HTTP %1). Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>Generate API Key</source>
        <translation>API-Schlüssel generieren</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>API-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>An API key lets an agent or a script use the server on behalf of this organization. Its secret is shown once, right after the key is generated.</source>
        <translation>Mit einem API-Schlüssel kann ein Agent oder ein Skript den Server im Namen dieser Organisation nutzen. Sein Geheimnis wird nur einmal angezeigt, direkt nachdem der Schlüssel generiert wurde.</translation>
    </message>
    <message>
        <source>The key&apos;s secret stays the same: whatever uses the key keeps working.</source>
        <translation>Das Geheimnis des Schlüssels bleibt gleich: Alles, was den Schlüssel nutzt, funktioniert weiter.</translation>
    </message>
    <message>
        <source>Name of the API key</source>
        <translation>Name des API-Schlüssels</translation>
    </message>
    <message>
        <source>e.g. Production agents</source>
        <translation>z. B. Produktions-Agenten</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Description of the API key (optional)</source>
        <translation>Beschreibung des API-Schlüssels (optional)</translation>
    </message>
    <message>
        <source>What uses this key, who to ask about it</source>
        <translation>Was diesen Schlüssel nutzt, wer dazu Auskunft gibt</translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation>Problem mit der Beschreibung</translation>
    </message>
    <message>
        <source>Why the key was not generated</source>
        <translation>Warum der Schlüssel nicht generiert wurde</translation>
    </message>
    <message>
        <source>Why the changes were not saved</source>
        <translation>Warum die Änderungen nicht gespeichert wurden</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>save the API key&apos;s changes</comment>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>name of the API key</comment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Enter a name for the key.</source>
        <translation>Geben Sie einen Namen für den Schlüssel ein.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters; this one has %2.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein; dieser hat %2.</translation>
    </message>
    <message>
        <source>The name cannot contain tabs, line breaks or other control characters.</source>
        <translation>Der Name darf keine Tabulatoren, Zeilenumbrüche oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The description can be at most %1 characters; this one has %2.</source>
        <translation>Die Beschreibung darf höchstens %1 Zeichen lang sein; diese hat %2.</translation>
    </message>
    <message>
        <source>The description cannot contain control characters other than line breaks and tabs.</source>
        <translation>Die Beschreibung darf außer Zeilenumbrüchen und Tabulatoren keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation>%1 von %2 Zeichen verwendet</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird generiert…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The key was not generated: %1</source>
        <translation>Der Schlüssel wurde nicht generiert: %1</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>Die Änderungen wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ApiKeyToggleDelegate</name>
    <message>
        <source>Enabled</source>
        <comment>API key state</comment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>API key state</comment>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>ApiKeyWriter</name>
    <message>
        <source>&amp;Undo</source>
        <comment>enable the API key again</comment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Enable the key again</source>
        <translation>Den Schlüssel wieder aktivieren</translation>
    </message>
    <message>
        <source>Could not enable “%1”</source>
        <comment>API key name</comment>
        <translation>„%1“ konnte nicht aktiviert werden</translation>
    </message>
    <message>
        <source>Could not disable “%1”</source>
        <comment>API key name</comment>
        <translation>„%1“ konnte nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>Key “%1” enabled.</source>
        <comment>API key name</comment>
        <translation>Schlüssel „%1“ aktiviert.</translation>
    </message>
    <message>
        <source>Key “%1” disabled.</source>
        <comment>API key name</comment>
        <translation>Schlüssel „%1“ deaktiviert.</translation>
    </message>
    <message>
        <source>Remove API Key</source>
        <translation>API-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the API key “%1”?</source>
        <comment>API key name</comment>
        <translation>Den API-Schlüssel „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Anything that uses this key stops working at once: the server refuses its very next request. This cannot be undone.</source>
        <translation>Alles, was diesen Schlüssel nutzt, funktioniert sofort nicht mehr: Der Server lehnt schon die nächste Anfrage ab. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>remove an API key</comment>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove API Keys</source>
        <translation>API-Schlüssel entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n API key(s)?</source>
        <translation>
            <numerusform>Diesen %n API-Schlüssel entfernen?</numerusform>
            <numerusform>Diese %n API-Schlüssel entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything that uses one of these keys stops working at once: the server refuses its very next request. This cannot be undone.</source>
        <translation>Alles, was einen dieser Schlüssel nutzt, funktioniert sofort nicht mehr: Der Server lehnt schon die nächste Anfrage ab. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not remove “%1”</source>
        <comment>API key name</comment>
        <translation>„%1“ konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Key “%1” removed.</source>
        <comment>API key name</comment>
        <translation>Schlüssel „%1“ entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) removed.</source>
        <translation>
            <numerusform>%n API-Schlüssel entfernt.</numerusform>
            <numerusform>%n API-Schlüssel entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>Name</source>
        <comment>column: API key name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>column: whether the API key works</comment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Prefix</source>
        <comment>column: the first characters of the key&apos;s secret</comment>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>API key state</comment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>API key state</comment>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>API key last used</comment>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Generate Key…</source>
        <translation>Schlüssel &amp;generieren…</translation>
    </message>
    <message>
        <source>Generate a new API key for agents and scripts</source>
        <translation>Einen neuen API-Schlüssel für Agenten und Skripte generieren</translation>
    </message>
    <message>
        <source>Generate Key…</source>
        <translation>Schlüssel generieren…</translation>
    </message>
    <message>
        <source>&amp;Edit Key…</source>
        <translation>Schlüssel &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the name and description of the selected key</source>
        <translation>Name und Beschreibung des ausgewählten Schlüssels ändern</translation>
    </message>
    <message>
        <source>&amp;Disable Key</source>
        <translation>Schlüssel &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Enable or disable the selected key</source>
        <translation>Den ausgewählten Schlüssel aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Copy Secret</source>
        <translation>Geheimnis &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected key&apos;s secret, while this session still holds it</source>
        <translation>Das Geheimnis des ausgewählten Schlüssels kopieren, solange diese Sitzung es noch kennt</translation>
    </message>
    <message>
        <source>Re&amp;move Key…</source>
        <comment>remove an API key</comment>
        <translation>Schlüssel &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected keys; they stop working at once</source>
        <translation>Die ausgewählten Schlüssel entfernen; sie funktionieren sofort nicht mehr</translation>
    </message>
    <message>
        <source>&amp;Find Key</source>
        <translation>Schlüssel s&amp;uchen</translation>
    </message>
    <message>
        <source>Filter the keys by name, description or prefix</source>
        <translation>Die Schlüssel nach Name, Beschreibung oder Präfix filtern</translation>
    </message>
    <message>
        <source>API key actions</source>
        <translation>Aktionen für API-Schlüssel</translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation>API-Schlüssel filtern</translation>
    </message>
    <message>
        <source>Filter by name, description or prefix (Ctrl+F)</source>
        <translation>Nach Name, Beschreibung oder Präfix filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Number of API keys</source>
        <translation>Anzahl der API-Schlüssel</translation>
    </message>
    <message>
        <source>Generate an API key</source>
        <translation>Einen API-Schlüssel generieren</translation>
    </message>
    <message>
        <source>Sign in to see the organization&apos;s API keys.</source>
        <translation>Melden Sie sich an, um die API-Schlüssel der Organisation zu sehen.</translation>
    </message>
    <message>
        <source>Your role in this organization (%1) does not include API keys: only admins and managers see and manage them. An admin can change your role.</source>
        <translation>Ihre Rolle in dieser Organisation (%1) umfasst keine API-Schlüssel: Nur Admins und Manager sehen und verwalten sie. Ein Admin kann Ihre Rolle ändern.</translation>
    </message>
    <message>
        <source>Downloading the API keys…</source>
        <translation>Die API-Schlüssel werden heruntergeladen…</translation>
    </message>
    <message>
        <source>API keys are not available offline: OrgDesk has not downloaded this organization yet. They will appear when the server is reachable.</source>
        <translation>API-Schlüssel sind offline nicht verfügbar: OrgDesk hat diese Organisation noch nicht heruntergeladen. Sie erscheinen, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>The API keys are not shown.</source>
        <translation>Die API-Schlüssel werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Open the API Keys tab first.</source>
        <translation>Öffnen Sie zuerst den Tab „API-Schlüssel“.</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Wählen Sie zuerst einen Schlüssel aus.</translation>
    </message>
    <message>
        <source>Waiting for the server to answer the last change of this key.</source>
        <translation>Die Antwort des Servers auf die letzte Änderung dieses Schlüssels steht noch aus.</translation>
    </message>
    <message>
        <source>E&amp;nable Key</source>
        <translation>Schlüssel &amp;aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <comment>API keys</comment>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <comment>filter: matching API keys of all keys</comment>
        <translation>%1 von %2 gefunden</translation>
    </message>
    <message>
        <source>This organization has no API keys yet. Generate one for each agent or script that needs one (Generate Key…, Ctrl+N).</source>
        <translation>Diese Organisation hat noch keine API-Schlüssel. Generieren Sie einen für jeden Agenten und jedes Skript, das einen braucht (Schlüssel generieren…, Strg+N).</translation>
    </message>
    <message>
        <source>No key matches “%1”.</source>
        <comment>API key filter text</comment>
        <translation>Kein Schlüssel passt zu „%1“.</translation>
    </message>
    <message>
        <source>Key “%1” saved.</source>
        <comment>API key name</comment>
        <translation>Schlüssel „%1“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Secret copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Geheimnis kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Geheimnis kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeysTableModel</name>
    <message>
        <source>The secret cannot be copied: OrgDesk shows a key&apos;s secret only once, when the key is generated, and does not keep it. If it was lost, generate a new key and remove this one.</source>
        <translation>Das Geheimnis kann nicht kopiert werden: OrgDesk zeigt das Geheimnis eines Schlüssels nur einmal an, wenn der Schlüssel generiert wird, und speichert es nicht. Falls es verloren ist, generieren Sie einen neuen Schlüssel und entfernen Sie diesen.</translation>
    </message>
    <message>
        <source>Actions for “%1”</source>
        <comment>API key name</comment>
        <translation>Aktionen für „%1“</translation>
    </message>
    <message>
        <source>Copy the secret of “%1” (Ctrl+C)</source>
        <comment>API key name</comment>
        <translation>Das Geheimnis von „%1“ kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Enabling…</source>
        <comment>API key state</comment>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>Disabling…</source>
        <comment>API key state</comment>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>API key state</comment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>API key state</comment>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>Enabled: the key works.</source>
        <translation>Aktiviert: Der Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Disabled: the server refuses the key.</source>
        <translation>Deaktiviert: Der Server lehnt den Schlüssel ab.</translation>
    </message>
    <message>
        <source>Enabled: the key works. Click or press Space to disable it.</source>
        <translation>Aktiviert: Der Schlüssel funktioniert. Klicken oder Leertaste drücken, um ihn zu deaktivieren.</translation>
    </message>
    <message>
        <source>Disabled: the server refuses the key. Click or press Space to enable it.</source>
        <translation>Deaktiviert: Der Server lehnt den Schlüssel ab. Klicken oder Leertaste drücken, um ihn zu aktivieren.</translation>
    </message>
    <message>
        <source>The secret starts with %1. The server keeps only a hash of the rest.</source>
        <translation>Das Geheimnis beginnt mit %1. Vom Rest speichert der Server nur einen Hash.</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>&amp;Billing</source>
        <translation>A&amp;brechnung</translation>
    </message>
    <message>
        <source>Change &amp;Seats…</source>
        <translation>Plätze ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Add seats now, or fewer from the next period</source>
        <translation>Jetzt Plätze hinzufügen oder ab dem nächsten Zeitraum verringern</translation>
    </message>
    <message>
        <source>Sign in to see the organization&apos;s billing.</source>
        <translation>Melden Sie sich an, um die Abrechnung der Organisation zu sehen.</translation>
    </message>
    <message>
        <source>Your role in this organization (%1) does not include billing: only admins and business contacts see the subscription, invoices and cards. Ask an admin if you need an invoice.</source>
        <translation>Ihre Rolle in dieser Organisation (%1) umfasst keine Abrechnung: Nur Admins und Geschäftskontakte sehen Abonnement, Rechnungen und Karten. Wenden Sie sich an einen Admin, wenn Sie eine Rechnung brauchen.</translation>
    </message>
    <message>
        <source>Downloading the billing details…</source>
        <translation>Die Abrechnungsdaten werden heruntergeladen…</translation>
    </message>
    <message>
        <source>Billing is not available offline: OrgDesk has not downloaded this organization yet. It will appear when the server is reachable.</source>
        <translation>Die Abrechnung ist offline nicht verfügbar: OrgDesk hat diese Organisation noch nicht heruntergeladen. Sie erscheint, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Your role (%1) shows billing read-only: you can open invoices and save them as PDF; only an admin can change seats or cards.</source>
        <translation>Für Ihre Rolle (%1) ist die Abrechnung schreibgeschützt: Sie können Rechnungen öffnen und als PDF speichern; nur ein Admin kann Plätze oder Karten ändern.</translation>
    </message>
    <message>
        <source>Billing is not shown.</source>
        <translation>Die Abrechnung wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Open the Billing tab first.</source>
        <translation>Öffnen Sie zuerst den Tab „Abrechnung“.</translation>
    </message>
    <message>
        <source>The organization has no subscription yet.</source>
        <translation>Die Organisation hat noch kein Abonnement.</translation>
    </message>
    <message numerus="yes">
        <source>The subscription now has %n seat(s). The charge for the rest of this period is on a new open invoice.</source>
        <translation>
            <numerusform>Das Abonnement hat jetzt %n Platz. Der Betrag für den Rest dieses Zeitraums steht auf einer neuen offenen Rechnung.</numerusform>
            <numerusform>Das Abonnement hat jetzt %n Plätze. Der Betrag für den Rest dieses Zeitraums steht auf einer neuen offenen Rechnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The subscription drops to %n seat(s) on %1.</source>
        <translation>
            <numerusform>Das Abonnement wird am %1 auf %n Platz verringert.</numerusform>
            <numerusform>Das Abonnement wird am %1 auf %n Plätze verringert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scheduled decrease is cancelled: the subscription keeps %n seat(s).</source>
        <translation>
            <numerusform>Die geplante Verringerung ist aufgehoben: Das Abonnement behält %n Platz.</numerusform>
            <numerusform>Die geplante Verringerung ist aufgehoben: Das Abonnement behält %n Plätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>BillingText</name>
    <message>
        <source>Free</source>
        <comment>subscription plan</comment>
        <translation>Free</translation>
    </message>
    <message>
        <source>Pro</source>
        <comment>subscription plan</comment>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>subscription plan</comment>
        <translation>Team</translation>
    </message>
    <message>
        <source>Business</source>
        <comment>subscription plan</comment>
        <translation>Business</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <comment>subscription plan</comment>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>subscription status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Trial</source>
        <comment>subscription status</comment>
        <translation>Testphase</translation>
    </message>
    <message>
        <source>Past due</source>
        <comment>subscription status</comment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <comment>subscription status</comment>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>subscription status</comment>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Monthly</source>
        <comment>billing interval</comment>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <comment>billing interval</comment>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <comment>an amount of money per year</comment>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <comment>an amount of money per month</comment>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>%1 per period</source>
        <comment>an amount of money per billing period</comment>
        <translation>%1 pro Zeitraum</translation>
    </message>
    <message>
        <source>Total per year:</source>
        <translation>Gesamt pro Jahr:</translation>
    </message>
    <message>
        <source>Total per month:</source>
        <translation>Gesamt pro Monat:</translation>
    </message>
    <message>
        <source>Total per period:</source>
        <translation>Gesamt pro Zeitraum:</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Remove Members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Change Role to %1</source>
        <translation>Rolle in „%1“ ändern</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result per member</source>
        <translation>Ergebnis je Mitglied</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>bulk result of one member</comment>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>bulk result of one member</comment>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>bulk result of one member</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Working: %1 of %2 done…</source>
        <translation>In Arbeit: %1 von %2 erledigt…</translation>
    </message>
    <message>
        <source>Done: all %1 changes were made.</source>
        <translation>Fertig: Alle %1 Änderungen wurden vorgenommen.</translation>
    </message>
    <message>
        <source>%1 of %2 done; %3 refused by the server (see below).</source>
        <translation>%1 von %2 erledigt; %3 vom Server abgelehnt (siehe unten).</translation>
    </message>
</context>
<context>
    <name>BulkRoleDialog</name>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Give the %1 selected members a new role. Each change is sent on its own, and you will see the result for every member.</source>
        <translation>Geben Sie den %1 ausgewählten Mitgliedern eine neue Rolle. Jede Änderung wird einzeln gesendet, und Sie sehen das Ergebnis für jedes Mitglied.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>Neue &amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>Rolle ä&amp;ndern</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Desktop administration for your monitoring organization.</source>
        <translation>Desktop-Verwaltung für Ihre Monitoring-Organisation.</translation>
    </message>
    <message>
        <source>The OrgDesk server to use.</source>
        <translation>Der zu verwendende OrgDesk-Server.</translation>
    </message>
    <message>
        <source>The account to sign in with.</source>
        <translation>Das Konto, mit dem Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Show the offline copy only; send nothing until you go online.</source>
        <translation>Nur die Offline-Kopie anzeigen; nichts senden, bis Sie online gehen.</translation>
    </message>
    <message>
        <source>An orgdesk://accept-invitation link from an invitation email.</source>
        <translation>Ein orgdesk://accept-invitation-Link aus einer Einladungs-E-Mail.</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Member name or email</source>
        <translation>Name oder E-Mail des Mitglieds</translation>
    </message>
    <message>
        <source>Go to member</source>
        <translation>Zu Mitglied springen</translation>
    </message>
    <message>
        <source>Members found</source>
        <translation>Gefundene Mitglieder</translation>
    </message>
    <message>
        <source>Type a command, or @ to go to a member</source>
        <translation>Befehl eingeben, oder @, um zu einem Mitglied zu springen</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>%1 is unavailable: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Members are not available: %1</source>
        <translation>Mitglieder sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No members to show.</source>
        <translation>Keine Mitglieder anzuzeigen.</translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>Kein Mitglied passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n members. Type more to narrow down.</source>
        <translation>
            <numerusform>%1 von %n Mitglied angezeigt. Tippen Sie weiter, um einzugrenzen.</numerusform>
            <numerusform>%1 von %n Mitgliedern angezeigt. Tippen Sie weiter, um einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). Enter shows the member on the Members tab.</source>
        <translation>
            <numerusform>%n Mitglied. Eingabe zeigt das Mitglied im Tab „Mitglieder“.</numerusform>
            <numerusform>%n Mitglieder. Eingabe zeigt das Mitglied im Tab „Mitglieder“.</numerusform>
        </translation>
    </message>
    <message>
        <source>No command matches “%1”.</source>
        <translation>Kein Befehl passt zu „%1“.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Enter runs the command · Escape closes</source>
        <translation>Eingabe führt den Befehl aus · Esc schließt</translation>
    </message>
</context>
<context>
    <name>CommandPaletteModel</name>
    <message>
        <source>%1, in %2</source>
        <translation>%1, im Menü %2</translation>
    </message>
    <message>
        <source>%1, shortcut %2</source>
        <translation>%1, Tastenkürzel %2</translation>
    </message>
    <message>
        <source>%1, unavailable: %2</source>
        <comment>command palette: a command that cannot run now</comment>
        <translation>%1, nicht verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert: %1</translation>
    </message>
    <message>
        <source> — showing data from %1</source>
        <translation> — Daten mit Stand %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>Working offline%1. Nothing is sent until you go online.</source>
        <translation>Offline-Modus%1. Es wird nichts gesendet, bis Sie online gehen.</translation>
    </message>
    <message>
        <source>&amp;Go Online</source>
        <translation>Online &amp;gehen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Not signed in%1. Sign in to sync and make changes.</source>
        <translation>Nicht angemeldet%1. Melden Sie sich an, um zu synchronisieren und Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Anm&amp;elden…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline — the server cannot be reached. OrgDesk keeps trying.</source>
        <translation>Offline — der Server ist nicht erreichbar. OrgDesk versucht es weiter.</translation>
    </message>
    <message>
        <source>Offline — showing data from %1. Changes are disabled until the server is reachable; OrgDesk keeps trying.</source>
        <translation>Offline — Daten mit Stand %1. Änderungen sind deaktiviert, bis der Server erreichbar ist; OrgDesk versucht es weiter.</translation>
    </message>
    <message>
        <source>Try &amp;Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>DeleteOrgDialog</name>
    <message>
        <source>Delete Organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Every member loses access at once. Pending invitations, API keys (revoked at once), billing records and the logo are deleted with it. This cannot be undone.</source>
        <translation>Alle Mitglieder verlieren sofort den Zugriff. Ausstehende Einladungen, API-Schlüssel (sofort widerrufen), Abrechnungsdaten und das Logo werden mitgelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Organization name to confirm</source>
        <translation>Name der Organisation zur Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>delete the organization</comment>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Delete %1 for everyone?</source>
        <translation>%1 für alle löschen?</translation>
    </message>
    <message>
        <source>To confirm, type the organization&apos;s name, &lt;b&gt;%1&lt;/b&gt;, exactly as shown:</source>
        <translation>Geben Sie zur Bestätigung den Namen der Organisation, &lt;b&gt;%1&lt;/b&gt;, genau wie angezeigt ein:</translation>
    </message>
    <message>
        <source>Delete the organization for everyone</source>
        <translation>Die Organisation für alle löschen</translation>
    </message>
    <message>
        <source>Type the organization&apos;s name exactly to enable this button</source>
        <translation>Geben Sie den Namen der Organisation genau ein, um diese Schaltfläche zu aktivieren</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäftskontakt</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>An email address has at most 254 characters.</source>
        <translation>Eine E-Mail-Adresse hat höchstens 254 Zeichen.</translation>
    </message>
    <message>
        <source>An email address has no spaces.</source>
        <translation>Eine E-Mail-Adresse enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>An email address needs an @, as in name@example.com.</source>
        <translation>Eine E-Mail-Adresse braucht ein @, wie in name@example.com.</translation>
    </message>
    <message>
        <source>An email address has only one @.</source>
        <translation>Eine E-Mail-Adresse hat nur ein @.</translation>
    </message>
    <message>
        <source>Add the name before the @, as in name@example.com.</source>
        <translation>Ergänzen Sie den Namen vor dem @, wie in name@example.com.</translation>
    </message>
    <message>
        <source>Add the domain after the @, as in name@example.com.</source>
        <translation>Ergänzen Sie die Domain nach dem @, wie in name@example.com.</translation>
    </message>
    <message>
        <source>The part before the @ has a character an email address cannot have there.</source>
        <translation>Der Teil vor dem @ enthält ein Zeichen, das dort in einer E-Mail-Adresse nicht stehen darf.</translation>
    </message>
    <message>
        <source>The domain needs a dot and an ending, as in example.com.</source>
        <translation>Die Domain braucht einen Punkt und eine Endung, wie in example.com.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not valid: letters, digits and hyphens between the dots.</source>
        <translation>Die Domain „%1“ ist ungültig: Zwischen den Punkten stehen nur Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Rename Organization</source>
        <translation>Organisation &amp;umbenennen</translation>
    </message>
    <message>
        <source>Edit the organization&apos;s name (F2)</source>
        <translation>Den Namen der Organisation bearbeiten (F2)</translation>
    </message>
    <message>
        <source>&amp;Upload Logo…</source>
        <translation>Logo &amp;hochladen…</translation>
    </message>
    <message>
        <source>Upload a PNG or JPEG logo (at most 1 MiB and 1024×1024 pixels)</source>
        <translation>Ein PNG- oder JPEG-Logo hochladen (höchstens 1 MiB und 1024×1024 Pixel)</translation>
    </message>
    <message>
        <source>Re&amp;move Logo…</source>
        <translation>Logo &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove the organization&apos;s logo</source>
        <translation>Das Logo der Organisation entfernen</translation>
    </message>
    <message>
        <source>&amp;Leave Organization…</source>
        <translation>Organisation &amp;verlassen…</translation>
    </message>
    <message>
        <source>Leave this organization; your access ends at once</source>
        <translation>Diese Organisation verlassen; Ihr Zugriff endet sofort</translation>
    </message>
    <message>
        <source>&amp;Delete Organization…</source>
        <translation>Organisation &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete this organization for everyone, after typing its name</source>
        <translation>Diese Organisation für alle löschen, nach Eingabe ihres Namens</translation>
    </message>
    <message>
        <source>&amp;Promote a member…</source>
        <translation>Mitglied be&amp;fördern…</translation>
    </message>
    <message>
        <source>Show the members, to make another member an admin</source>
        <translation>Die Mitglieder anzeigen, um ein anderes Mitglied zum Admin zu machen</translation>
    </message>
    <message>
        <source>D&amp;elete organization…</source>
        <translation>Organisa&amp;tion löschen…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Upload logo…</source>
        <translation>Logo hoch&amp;laden…</translation>
    </message>
    <message>
        <source>Upload logo</source>
        <translation>Logo hochladen</translation>
    </message>
    <message>
        <source>&amp;Remove logo…</source>
        <comment>remove the logo</comment>
        <translation>Logo entfe&amp;rnen…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MiB and 1024×1024 pixels.</source>
        <translation>PNG oder JPEG, höchstens 1 MiB und 1024×1024 Pixel.</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>Your role:</source>
        <comment>your role in the organization</comment>
        <translation>Ihre Rolle:</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Gefahrenbereich</translation>
    </message>
    <message>
        <source>&amp;Leave organization…</source>
        <translation>Organisation &amp;verlassen…</translation>
    </message>
    <message>
        <source>Leave organization</source>
        <translation>Organisation verlassen</translation>
    </message>
    <message>
        <source>Leave this organization</source>
        <translation>Diese Organisation verlassen</translation>
    </message>
    <message>
        <source>Your access ends at once. To rejoin, you need a new invitation.</source>
        <translation>Ihr Zugriff endet sofort. Um wieder beizutreten, brauchen Sie eine neue Einladung.</translation>
    </message>
    <message>
        <source>&amp;Delete organization…</source>
        <translation>Organisation lös&amp;chen…</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Delete this organization</source>
        <translation>Diese Organisation löschen</translation>
    </message>
    <message>
        <source>Deletes it for everyone: members lose access, and invitations, API keys and billing records are removed. This cannot be undone.</source>
        <translation>Löscht sie für alle: Mitglieder verlieren den Zugriff, und Einladungen, API-Schlüssel und Abrechnungsdaten werden entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>—</source>
        <comment>a fact that is not known (yet)</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>A logo change is being saved.</source>
        <translation>Eine Logo-Änderung wird gespeichert.</translation>
    </message>
    <message>
        <source>The organization has no logo.</source>
        <translation>Die Organisation hat kein Logo.</translation>
    </message>
    <message>
        <source>There is no other member to promote. Invite someone first, or delete the organization.</source>
        <translation>Es gibt kein anderes Mitglied, das befördert werden kann. Laden Sie zuerst jemanden ein oder löschen Sie die Organisation.</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The logo was not uploaded: %1</source>
        <translation>Das Logo wurde nicht hochgeladen: %1</translation>
    </message>
    <message>
        <source>Could not upload the logo</source>
        <translation>Das Logo konnte nicht hochgeladen werden</translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Remove the logo of %1?</source>
        <translation>Das Logo von %1 entfernen?</translation>
    </message>
    <message>
        <source>The organization&apos;s initials are shown in its place until a new logo is uploaded.</source>
        <translation>Bis ein neues Logo hochgeladen wird, werden stattdessen die Initialen der Organisation angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>remove the logo</comment>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Could not remove the logo</source>
        <translation>Das Logo konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not leave the organization</source>
        <translation>Die Organisation konnte nicht verlassen werden</translation>
    </message>
    <message>
        <source>You are the only admin. Promote another member to admin or delete the organization.</source>
        <translation>Sie sind der einzige Admin. Befördern Sie ein anderes Mitglied zum Admin oder löschen Sie die Organisation.</translation>
    </message>
    <message>
        <source>Leave Organization</source>
        <translation>Organisation verlassen</translation>
    </message>
    <message>
        <source>Leave %1?</source>
        <translation>%1 verlassen?</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Verlassen</translation>
    </message>
    <message>
        <source>Could not delete the organization</source>
        <translation>Die Organisation konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>column: the role the invitee will get</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Eingeladen von</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column: pending or expired</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>invitation status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>invitation status</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Sent %1, expires %2</source>
        <translation>Gesendet am %1, läuft ab am %2</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <source>Re&amp;send Invitation</source>
        <translation>Einladung erneut &amp;senden</translation>
    </message>
    <message>
        <source>Re&amp;voke Invitation…</source>
        <translation>Einladung &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Ausstehende Einladungen</translation>
    </message>
    <message>
        <source>No pending invitations.</source>
        <translation>Keine ausstehenden Einladungen.</translation>
    </message>
    <message>
        <source>Send the selected invitation again, with a new link and a new expiry</source>
        <translation>Die ausgewählte Einladung erneut senden, mit neuem Link und neuer Ablaufzeit</translation>
    </message>
    <message>
        <source>Revoke the selected invitation: its link stops working (Delete in this list)</source>
        <translation>Die ausgewählte Einladung widerrufen: Ihr Link funktioniert nicht mehr (Entf in dieser Liste)</translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>Pending invi&amp;tations</source>
        <translation>Ausstehende E&amp;inladungen</translation>
    </message>
    <message>
        <source>Pending invi&amp;tations (%1)</source>
        <translation>Ausstehende E&amp;inladungen (%1)</translation>
    </message>
    <message>
        <source>Open the Members tab first.</source>
        <translation>Öffnen Sie zuerst den Tab „Mitglieder“.</translation>
    </message>
    <message>
        <source>Select an invitation first.</source>
        <translation>Wählen Sie zuerst eine Einladung aus.</translation>
    </message>
    <message>
        <source>Only an admin can manage an invitation for the %1 role.</source>
        <translation>Nur ein Admin kann eine Einladung für die Rolle „%1“ verwalten.</translation>
    </message>
    <message>
        <source>Could not resend the invitation to %1</source>
        <translation>Die Einladung an %1 konnte nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>The invitation to %1 was sent again. The new link works until %2.</source>
        <translation>Die Einladung an %1 wurde erneut gesendet. Der neue Link gilt bis %2.</translation>
    </message>
    <message>
        <source>Revoke Invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>Revoke the invitation to %1?</source>
        <translation>Die Einladung an %1 widerrufen?</translation>
    </message>
    <message>
        <source>The link in the invitation email stops working at once. You can invite them again later.</source>
        <translation>Der Link in der Einladungs-E-Mail funktioniert sofort nicht mehr. Sie können die Person später erneut einladen.</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <comment>revoke an invitation</comment>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Could not revoke the invitation to %1</source>
        <translation>Die Einladung an %1 konnte nicht widerrufen werden</translation>
    </message>
    <message>
        <source>The invitation to %1 was revoked.</source>
        <translation>Die Einladung an %1 wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a Member</source>
        <translation>Mitglied einladen</translation>
    </message>
    <message>
        <source>OrgDesk emails them a link to join the organization.
The link works for 7 days.</source>
        <translation>OrgDesk sendet der Person per E-Mail einen Link zum Beitritt.
Der Link gilt 7 Tage.</translation>
    </message>
    <message>
        <source>Email address of the person to invite</source>
        <translation>E-Mail-Adresse der einzuladenden Person</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email address problem</source>
        <translation>Problem mit der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Role of the new member</source>
        <translation>Rolle des neuen Mitglieds</translation>
    </message>
    <message>
        <source>Only an admin can invite someone as %1.</source>
        <translation>Nur ein Admin kann jemanden als %1 einladen.</translation>
    </message>
    <message>
        <source>As a manager you can invite every role but Admin.</source>
        <translation>Als Manager können Sie jede Rolle außer Admin einladen.</translation>
    </message>
    <message>
        <source>Why the invitation was not sent</source>
        <translation>Warum die Einladung nicht gesendet wurde</translation>
    </message>
    <message>
        <source>&amp;Send Invitation</source>
        <translation>Einladung &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <comment>the role the invitee will get</comment>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The invitation was not sent: %1</source>
        <translation>Die Einladung wurde nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Period:</source>
        <comment>billing period</comment>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from date – to date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>invoice status</comment>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Rechnungsposten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>money</comment>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Total:</source>
        <comment>invoice total</comment>
        <translation>Gesamtbetrag:</translation>
    </message>
    <message>
        <source>Where the PDF was saved</source>
        <translation>Wo das PDF gespeichert wurde</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Write this invoice to a PDF document (Ctrl+S)</source>
        <translation>Diese Rechnung als PDF-Dokument speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>InvoicePdf</name>
    <message>
        <source>Invoice %1</source>
        <comment>document title; %1 is the invoice number</comment>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <source>Period:</source>
        <comment>billing period</comment>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from date – to date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>invoice status</comment>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit amount</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>money</comment>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>invoice total</comment>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Saved from OrgDesk on %1.</source>
        <translation>Aus OrgDesk gespeichert am %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The PDF document could not be drawn.</source>
        <translation>Das PDF-Dokument konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>Number</source>
        <comment>column: invoice number</comment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>column: date the invoice was issued</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>column: billing period</comment>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column: paid, open or void</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid</source>
        <comment>invoice status</comment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>invoice status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Void</source>
        <comment>invoice status</comment>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>InvoicesPanel</name>
    <message>
        <source>Invoi&amp;ces</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <source>Open &amp;Invoice</source>
        <translation>Rechnung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save Invoice as &amp;PDF…</source>
        <translation>Rechnung als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Enter opens the selected invoice</source>
        <translation>Eingabe öffnet die ausgewählte Rechnung</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
        <source>Show the selected invoice with its lines (Enter)</source>
        <translation>Die ausgewählte Rechnung mit ihren Posten anzeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Save the selected invoice as a PDF document</source>
        <translation>Die ausgewählte Rechnung als PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>Rechnung öffnen</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Rechnung als PDF speichern</translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation>Wählen Sie zuerst eine Rechnung aus.</translation>
    </message>
    <message>
        <source>Save Invoice %1 as PDF</source>
        <translation>Rechnung %1 als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Invoice %1 was saved as %2.</source>
        <translation>Rechnung %1 wurde als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Invoice %1 was not saved: %2</source>
        <translation>Rechnung %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>KeySecretDialog</name>
    <message>
        <source>API Key Generated</source>
        <translation>API-Schlüssel generiert</translation>
    </message>
    <message>
        <source>Copy the secret of “%1” now</source>
        <comment>API key name</comment>
        <translation>Kopieren Sie jetzt das Geheimnis von „%1“</translation>
    </message>
    <message>
        <source>Secret of the new API key</source>
        <translation>Geheimnis des neuen API-Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <comment>an API key&apos;s secret</comment>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <comment>copy the API key&apos;s secret</comment>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard; it is cleared from there after a while</source>
        <translation>Das Geheimnis in die Zwischenablage kopieren; dort wird es nach einer Weile gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This secret will not be shown again: the server keeps only a hash of it. Store it somewhere safe, such as a password manager. If it is lost, generate a new key.</source>
        <translation>Dieses Geheimnis wird nicht noch einmal angezeigt: Der Server speichert nur einen Hash davon. Bewahren Sie es an einem sicheren Ort auf, etwa in einem Passwort-Manager. Falls es verloren geht, generieren Sie einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <comment>close the API key&apos;s secret dialog</comment>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>In lists, fields and dialogs</source>
        <translation>In Listen, Feldern und Dialogen</translation>
    </message>
    <message>
        <source>Move from the search field to the first result</source>
        <translation>Vom Suchfeld zum ersten Ergebnis wechseln</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Pick a role in the role editor</source>
        <translation>Im Rolleneditor eine Rolle wählen</translation>
    </message>
    <message>
        <source>its first letter, then Enter</source>
        <translation>Anfangsbuchstabe, dann Eingabe</translation>
    </message>
    <message>
        <source>Open the row&apos;s actions menu</source>
        <translation>Aktionsmenü der Zeile öffnen</translation>
    </message>
    <message>
        <source>Menu or Shift+F10</source>
        <translation>Menütaste oder Umschalt+F10</translation>
    </message>
    <message>
        <source>Run a dialog&apos;s destructive button</source>
        <translation>Löschende Schaltfläche eines Dialogs auslösen</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Close any dialog unchanged</source>
        <translation>Dialog ohne Änderung schließen</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Zwischen Bedienelementen wechseln</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab</source>
        <translation>Tab und Umschalt+Tab</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>OrgDesk will use %1 the next time it starts.</source>
        <translation>OrgDesk verwendet beim nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>LogoFile</name>
    <message>
        <source>“%1” is %2 KiB; a logo may be at most 1 MiB (1024 KiB).</source>
        <translation>„%1“ ist %2 KiB groß; ein Logo darf höchstens 1 MiB (1024 KiB) groß sein.</translation>
    </message>
    <message>
        <source>“%1” is %2×%3 pixels; a logo may be at most %4×%4.</source>
        <translation>„%1“ hat %2×%3 Pixel; ein Logo darf höchstens %4×%4 Pixel haben.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG image (judged by its content, not its name). Save it as PNG or JPEG and try again.</source>
        <translation>„%1“ ist kein PNG- oder JPEG-Bild (nach Inhalt, nicht nach Name beurteilt). Speichern Sie es als PNG oder JPEG und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” looks like an image but cannot be read (%2). Save it again as PNG or JPEG.</source>
        <translation>„%1“ sieht wie ein Bild aus, kann aber nicht gelesen werden (%2). Speichern Sie es erneut als PNG oder JPEG.</translation>
    </message>
</context>
<context>
    <name>LogoWidget</name>
    <message>
        <source>Organization logo</source>
        <translation>Logo der Organisation</translation>
    </message>
    <message>
        <source>No logo; showing the initials %1</source>
        <translation>Kein Logo; die Initialen %1 werden angezeigt</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>No logo uploaded</source>
        <translation>Kein Logo hochgeladen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>Anm&amp;elden…</translation>
    </message>
    <message>
        <source>Sign in to an OrgDesk server</source>
        <translation>Bei einem OrgDesk-Server anmelden</translation>
    </message>
    <message>
        <source>&amp;Accept Invitation…</source>
        <translation>Einladung &amp;annehmen…</translation>
    </message>
    <message>
        <source>Join an organization with the link or token from an invitation email</source>
        <translation>Mit dem Link oder Token aus einer Einladungs-E-Mail einer Organisation beitreten</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Fetch the latest changes from the server</source>
        <translation>Die neuesten Änderungen vom Server abrufen</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop the sync after the page being written; what arrived so far stays</source>
        <translation>Die Synchronisierung nach der gerade geschriebenen Seite beenden; bereits Empfangenes bleibt erhalten</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Show the offline copy only and send nothing until this is turned off</source>
        <translation>Nur die Offline-Kopie anzeigen und nichts senden, bis dies ausgeschaltet wird</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>End the session; the offline copy stays</source>
        <translation>Die Sitzung beenden; die Offline-Kopie bleibt erhalten</translation>
    </message>
    <message>
        <source>Sign Out and &amp;Forget This Computer…</source>
        <translation>Abmelden und diesen Computer &amp;vergessen…</translation>
    </message>
    <message>
        <source>End the session and delete the offline copies and what OrgDesk remembers</source>
        <translation>Die Sitzung beenden und die Offline-Kopien sowie alles löschen, was OrgDesk gespeichert hat</translation>
    </message>
    <message>
        <source>Forget This Computer</source>
        <translation>Diesen Computer vergessen</translation>
    </message>
    <message>
        <source>Sign out and forget this computer?</source>
        <translation>Abmelden und diesen Computer vergessen?</translation>
    </message>
    <message>
        <source>The offline copies of your organizations are deleted from this computer. You will need your password and a connection to see them again.</source>
        <translation>Die Offline-Kopien Ihrer Organisationen werden von diesem Computer gelöscht. Um sie wieder zu sehen, brauchen Sie Ihr Passwort und eine Verbindung.</translation>
    </message>
    <message>
        <source>Sign Out and &amp;Forget</source>
        <translation>Abmelden und &amp;vergessen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close OrgDesk</source>
        <translation>OrgDesk schließen</translation>
    </message>
    <message>
        <source>S&amp;witch Organization…</source>
        <translation>Organisation &amp;wechseln…</translation>
    </message>
    <message>
        <source>Choose another organization you belong to</source>
        <translation>Eine andere Organisation wählen, der Sie angehören</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>A&amp;brechnung</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Den Tab „%1“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About OrgDesk</source>
        <translation>Ü&amp;ber OrgDesk</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version und Lizenzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organization shown (Ctrl+Shift+O to switch)</source>
        <translation>Die angezeigte Organisation (Strg+Umschalt+O zum Wechseln)</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Werkzeug&amp;leiste anzeigen</translation>
    </message>
    <message>
        <source>You have joined the organization.</source>
        <translation>Sie sind der Organisation beigetreten.</translation>
    </message>
    <message>
        <source>OrgDesk</source>
        <translation>OrgDesk</translation>
    </message>
    <message>
        <source>%1 — OrgDesk</source>
        <comment>window title: org name — app</comment>
        <translation>%1 — OrgDesk</translation>
    </message>
    <message>
        <source>You belong to one organization</source>
        <translation>Sie gehören einer Organisation an</translation>
    </message>
    <message>
        <source>Could not sync</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>Ihre Sitzung ist beendet</translation>
    </message>
    <message>
        <source>About OrgDesk</source>
        <translation>Über OrgDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OrgDesk %1&lt;/h3&gt;&lt;p&gt;Desktop administration for your monitoring organization: members, API keys and billing, by keyboard, online and offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgDesk %1&lt;/h3&gt;&lt;p&gt;Desktop-Verwaltung für Ihre Monitoring-Organisation: Mitglieder, API-Schlüssel und Abrechnung, per Tastatur, online und offline.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed out. This computer no longer keeps your organizations.</source>
        <translation>Abgemeldet. Dieser Computer speichert Ihre Organisationen nicht mehr.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Find and run any command by typing part of its name</source>
        <translation>Jeden Befehl finden und ausführen, indem Sie einen Teil seines Namens tippen</translation>
    </message>
    <message>
        <source>&amp;Go to Member…</source>
        <translation>&amp;Zu Mitglied springen…</translation>
    </message>
    <message>
        <source>Find a member by name or email and show them on the Members tab</source>
        <translation>Ein Mitglied nach Name oder E-Mail suchen und im Tab „Mitglieder“ anzeigen</translation>
    </message>
    <message>
        <source>%1 (on)</source>
        <comment>a checkable command that is on</comment>
        <translation>%1 (an)</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <comment>a checkable command that is off</comment>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>Gerade nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>That member is no longer in the organization.</source>
        <translation>Dieses Mitglied ist nicht mehr in der Organisation.</translation>
    </message>
</context>
<context>
    <name>MemberBatch</name>
    <message>
        <source>These members include every admin of the organization, and it must keep at least one. Leave at least one admin out of the selection, or promote another member to admin first.</source>
        <translation>Unter diesen Mitgliedern sind alle Admins der Organisation, und sie muss mindestens einen behalten. Nehmen Sie mindestens einen Admin aus der Auswahl heraus oder befördern Sie zuerst ein anderes Mitglied zum Admin.</translation>
    </message>
    <message>
        <source>This would leave the organization without an admin, and it must keep at least one. Leave at least one admin out of the selection, or promote another member to admin first.</source>
        <translation>Damit bliebe die Organisation ohne Admin, sie muss aber mindestens einen behalten. Nehmen Sie mindestens einen Admin aus der Auswahl heraus oder befördern Sie zuerst ein anderes Mitglied zum Admin.</translation>
    </message>
    <message>
        <source>You cannot remove yourself here. To leave the organization, use General › Leave Organization.</source>
        <translation>Sie können sich hier nicht selbst entfernen. Um die Organisation zu verlassen, verwenden Sie Allgemein › Organisation verlassen.</translation>
    </message>
</context>
<context>
    <name>MembersListPanel</name>
    <message>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <source>Search by name or email (Ctrl+F)</source>
        <translation>Nach Name oder E-Mail suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>Anzahl der Mitglieder</translation>
    </message>
    <message>
        <source>Invite a member</source>
        <translation>Mitglied einladen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 Mitglied</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <comment>search: matching members of all members</comment>
        <translation>%1 von %2 gefunden</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Joined</source>
        <comment>column: date the member joined the org</comment>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>column: the member&apos;s role in the org</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>&amp;Find Member</source>
        <translation>Mitglied s&amp;uchen</translation>
    </message>
    <message>
        <source>Search members by name or email</source>
        <translation>Mitglieder nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>&amp;Invite Member…</source>
        <translation>Mitglied &amp;einladen…</translation>
    </message>
    <message>
        <source>Invite someone to the organization by email</source>
        <translation>Jemanden per E-Mail in die Organisation einladen</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Change the role of the selected members</source>
        <translation>Die Rolle der ausgewählten Mitglieder ändern</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <comment>remove a member from the org</comment>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the selected members from the organization</source>
        <translation>Die ausgewählten Mitglieder aus der Organisation entfernen</translation>
    </message>
    <message>
        <source>&amp;Copy Email</source>
        <translation>E-Mail &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected members&apos; email addresses, one per line</source>
        <translation>Die E-Mail-Adressen der ausgewählten Mitglieder kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>Show the previous page of members</source>
        <translation>Die vorherige Seite der Mitglieder anzeigen</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Show the next page of members</source>
        <translation>Die nächste Seite der Mitglieder anzeigen</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Mitgliedsaktionen</translation>
    </message>
    <message>
        <source>Sign in to see the organization&apos;s members.</source>
        <translation>Melden Sie sich an, um die Mitglieder der Organisation zu sehen.</translation>
    </message>
    <message>
        <source>Downloading the members…</source>
        <translation>Die Mitglieder werden heruntergeladen…</translation>
    </message>
    <message>
        <source>Members are not available offline: OrgDesk has not downloaded this organization yet. They will appear when the server is reachable.</source>
        <translation>Die Mitglieder sind offline nicht verfügbar: OrgDesk hat diese Organisation noch nicht heruntergeladen. Sie erscheinen, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Your role in this organization (%1) does not include the member list. An admin can change your role.</source>
        <translation>Ihre Rolle in dieser Organisation (%1) umfasst die Mitgliederliste nicht. Ein Admin kann Ihre Rolle ändern.</translation>
    </message>
    <message>
        <source>The members are not shown.</source>
        <translation>Die Mitglieder werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Open the Members tab first.</source>
        <translation>Öffnen Sie zuerst den Tab „Mitglieder“.</translation>
    </message>
    <message>
        <source>Select one or more members first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Mitglieder aus.</translation>
    </message>
    <message>
        <source>Wait until the changes in progress are done.</source>
        <translation>Warten Sie, bis die laufenden Änderungen abgeschlossen sind.</translation>
    </message>
    <message>
        <source>This is the first page.</source>
        <translation>Dies ist die erste Seite.</translation>
    </message>
    <message>
        <source>This is the last page.</source>
        <translation>Dies ist die letzte Seite.</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>der Organisation</translation>
    </message>
    <message>
        <source>Could not change the role of %1</source>
        <translation>Die Rolle von %1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <comment>member name, role</comment>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>The roles were not changed: %1</source>
        <translation>Die Rollen wurden nicht geändert: %1</translation>
    </message>
    <message>
        <source>Nobody was removed: %1</source>
        <translation>Niemand wurde entfernt: %1</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 aus %2 entfernen?</translation>
    </message>
    <message>
        <source>%1 loses access to the organization at once. Their OrgDesk account stays, and you can invite them again later.</source>
        <translation>%1 verliert sofort den Zugriff auf die Organisation. Das OrgDesk-Konto bleibt bestehen, und Sie können die Person später erneut einladen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>remove a member</comment>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 was removed from the organization.</source>
        <translation>%1 wurde aus der Organisation entfernt.</translation>
    </message>
    <message>
        <source>Remove Members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Remove these %1 members from %2?</source>
        <translation>Diese %1 Mitglieder aus %2 entfernen?</translation>
    </message>
    <message>
        <source>They lose access to the organization at once. Their OrgDesk accounts stay. You will see the result for each member.</source>
        <translation>Sie verlieren sofort den Zugriff auf die Organisation. Ihre OrgDesk-Konten bleiben bestehen. Sie sehen das Ergebnis für jedes Mitglied.</translation>
    </message>
    <message>
        <source>Invitation sent to %1 as %2. It appears under Pending invitations.</source>
        <translation>Einladung an %1 als %2 gesendet. Sie erscheint unter „Ausstehende Einladungen“.</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <source>%1 — press F2 or double-click to change the role</source>
        <translation>%1 — F2 drücken oder doppelklicken, um die Rolle zu ändern</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>member name, email</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Close this message (Escape)</source>
        <translation>Diese Meldung schließen (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>message bar: a good-news message</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>OfflineCache</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Could not move the damaged cache %1 aside.</source>
        <translation>Der beschädigte Cache %1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation>%1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>This build knows no offline cache schema version %1.</source>
        <translation>Diese Version kennt die Schemaversion %1 des Offline-Caches nicht.</translation>
    </message>
    <message>
        <source>The offline cache file is not an SQLite database.</source>
        <translation>Die Offline-Cache-Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Could not open the offline cache</source>
        <translation>Der Offline-Cache konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not check the offline cache</source>
        <translation>Der Offline-Cache konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The offline cache was damaged (%1).</source>
        <translation>Der Offline-Cache war beschädigt (%1).</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of OrgDesk (schema %1; this version knows %2).</source>
        <translation>Der Offline-Cache wurde von einer neueren OrgDesk-Version geschrieben (Schema %1; diese Version kennt %2).</translation>
    </message>
    <message>
        <source>The offline cache file holds a database OrgDesk did not write.</source>
        <translation>Die Offline-Cache-Datei enthält eine Datenbank, die nicht von OrgDesk stammt.</translation>
    </message>
    <message>
        <source>Could not upgrade the offline cache</source>
        <translation>Der Offline-Cache konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 says what failed (&quot;Could not save to the offline cache&quot;), %2 is SQLite&apos;s reason (&quot;disk I/O error&quot;)</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Der Offline-Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not save to the offline cache</source>
        <translation>Im Offline-Cache konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not read the offline cache</source>
        <translation>Der Offline-Cache konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not clear the offline cache</source>
        <translation>Der Offline-Cache konnte nicht geleert werden</translation>
    </message>
</context>
<context>
    <name>OrgNameField</name>
    <message>
        <source>&amp;Save name</source>
        <translation>Name s&amp;peichern</translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>The organization&apos;s name, 1 to 100 characters. Press Enter to save, Escape to undo.</source>
        <translation>Der Name der Organisation, 1 bis 100 Zeichen. Eingabe speichert, Esc macht die Änderung rückgängig.</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Name speichern</translation>
    </message>
    <message>
        <source>Save the organization&apos;s new name</source>
        <translation>Den neuen Namen der Organisation speichern</translation>
    </message>
    <message>
        <source>Enter a name for the organization.</source>
        <translation>Geben Sie einen Namen für die Organisation ein.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters; this one has %2.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein; dieser hat %2.</translation>
    </message>
    <message>
        <source>The name cannot contain control characters such as line breaks or tabs.</source>
        <translation>Der Name darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The new name is being saved.</source>
        <translation>Der neue Name wird gespeichert.</translation>
    </message>
    <message>
        <source>Could not rename the organization</source>
        <translation>Die Organisation konnte nicht umbenannt werden</translation>
    </message>
</context>
<context>
    <name>OrgSession</name>
    <message>
        <source>Sign in to make changes: this computer has no valid session for the server.</source>
        <translation>Melden Sie sich an, um Änderungen vorzunehmen: Dieser Computer hat keine gültige Sitzung für den Server.</translation>
    </message>
    <message>
        <source>No credential store is available: you will be asked for the password next time.</source>
        <translation>Kein Anmeldedatenspeicher verfügbar: Sie werden beim nächsten Mal nach dem Passwort gefragt.</translation>
    </message>
    <message>
        <source>The session could not be saved in the credential store.</source>
        <translation>Die Sitzung konnte nicht im Anmeldedatenspeicher gespeichert werden.</translation>
    </message>
    <message>
        <source>This is not an invitation link or token. Paste the whole orgdesk:// link from the invitation email, or the token that starts with odi_.</source>
        <translation>Dies ist kein Einladungslink oder -token. Fügen Sie den vollständigen orgdesk://-Link aus der Einladungs-E-Mail ein oder das Token, das mit odi_ beginnt.</translation>
    </message>
    <message>
        <source>Enter the server address: the token alone does not name it.</source>
        <translation>Geben Sie die Serveradresse ein: Das Token allein nennt sie nicht.</translation>
    </message>
    <message>
        <source>The offline copy of this organization could not be used (it was damaged, or written by a newer OrgDesk). It was set aside and is being downloaded again.</source>
        <translation>Die Offline-Kopie dieser Organisation konnte nicht verwendet werden (sie war beschädigt oder stammt von einer neueren OrgDesk-Version). Sie wurde beiseitegelegt und wird erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>The offline copy cannot be opened: %1</source>
        <translation>Die Offline-Kopie kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>You no longer have access to this organization.</source>
        <translation>Sie haben keinen Zugriff mehr auf diese Organisation.</translation>
    </message>
    <message>
        <source>You are working offline. Turn off File › Work Offline to make changes.</source>
        <translation>Sie arbeiten offline. Schalten Sie Datei › Offline arbeiten aus, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Sign in to make changes.</source>
        <translation>Melden Sie sich an, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Your role in this organization (%1) does not allow this.</source>
        <translation>Ihre Rolle in dieser Organisation (%1) erlaubt dies nicht.</translation>
    </message>
    <message>
        <source>Open an organization first.</source>
        <translation>Öffnen Sie zuerst eine Organisation.</translation>
    </message>
    <message>
        <source>You left the organization.</source>
        <translation>Sie haben die Organisation verlassen.</translation>
    </message>
    <message>
        <source>The organization was deleted.</source>
        <translation>Die Organisation wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>PagerBar</name>
    <message>
        <source>Ro&amp;ws per page:</source>
        <translation>&amp;Zeilen pro Seite:</translation>
    </message>
    <message>
        <source>Members per page</source>
        <translation>Mitglieder pro Seite</translation>
    </message>
    <message>
        <source>How many members one page shows</source>
        <translation>Wie viele Mitglieder eine Seite zeigt</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuelle Seite</translation>
    </message>
    <message>
        <source>Members shown</source>
        <translation>Angezeigte Mitglieder</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <comment>rows shown: first–last of total</comment>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PaymentMethodDelegate</name>
    <message>
        <source>Default</source>
        <comment>badge on the default card</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <comment>card expiry, MM/YYYY</comment>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <comment>card expiry, MM/YYYY</comment>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>%1 %2, expired %3</source>
        <comment>card brand, number, expiry</comment>
        <translation>%1 %2, abgelaufen %3</translation>
    </message>
    <message>
        <source>%1 %2, expires %3</source>
        <comment>card brand, number, expiry</comment>
        <translation>%1 %2, gültig bis %3</translation>
    </message>
    <message>
        <source>%1, default card</source>
        <comment>a card described in words</comment>
        <translation>%1, Standardkarte</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsModel</name>
    <message>
        <source>Card</source>
        <comment>column: card brand</comment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>column: card number (last four digits)</comment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>column: card expiry</comment>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>column: the default card</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>the default card</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 ending in %2</source>
        <translation>%1, endet auf %2</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsPanel</name>
    <message>
        <source>Pa&amp;yment methods</source>
        <translation>&amp;Zahlungsmethoden</translation>
    </message>
    <message>
        <source>&amp;Add Payment Method…</source>
        <translation>Zahlungsmethode h&amp;inzufügen…</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <comment>make the selected card the default</comment>
        <translation>Als Standard fest&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Remove Card…</source>
        <translation>Karte en&amp;tfernen…</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Zahlungsmethoden</translation>
    </message>
    <message>
        <source>The cards on file; Delete removes the selected card</source>
        <translation>Die hinterlegten Karten; Entf entfernt die ausgewählte Karte</translation>
    </message>
    <message>
        <source>No cards on file. Add one with Add Payment Method.</source>
        <translation>Keine Karten hinterlegt. Fügen Sie eine mit „Zahlungsmethode hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>Add a card on the billing provider&apos;s page, in your browser</source>
        <translation>Eine Karte auf der Seite des Zahlungsanbieters in Ihrem Browser hinzufügen</translation>
    </message>
    <message>
        <source>Charge the selected card from now on</source>
        <translation>Ab jetzt die ausgewählte Karte belasten</translation>
    </message>
    <message>
        <source>Remove the selected card (Delete)</source>
        <translation>Die ausgewählte Karte entfernen (Entf)</translation>
    </message>
    <message>
        <source>Copy the billing portal&apos;s address, to open it in a browser yourself</source>
        <translation>Die Adresse des Abrechnungsportals kopieren, um sie selbst in einem Browser zu öffnen</translation>
    </message>
    <message>
        <source>Add payment method</source>
        <translation>Zahlungsmethode hinzufügen</translation>
    </message>
    <message>
        <source>Make the selected card the default</source>
        <translation>Die ausgewählte Karte als Standard festlegen</translation>
    </message>
    <message>
        <source>Remove the selected card</source>
        <translation>Die ausgewählte Karte entfernen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>card brand and number: Visa •••• 4242</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This is the only card of an active paid subscription. Add another payment method before removing it.</source>
        <translation>Dies ist die einzige Karte eines aktiven, kostenpflichtigen Abonnements. Fügen Sie eine weitere Zahlungsmethode hinzu, bevor Sie sie entfernen.</translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Wählen Sie zuerst eine Karte aus.</translation>
    </message>
    <message>
        <source>Waiting for the billing portal&apos;s address…</source>
        <translation>Warten auf die Adresse des Abrechnungsportals…</translation>
    </message>
    <message>
        <source>This is the default card already.</source>
        <translation>Dies ist bereits die Standardkarte.</translation>
    </message>
    <message>
        <source>Could not open the billing portal</source>
        <translation>Das Abrechnungsportal konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The billing portal opened in your browser. Add the card there; it appears here with the next sync.</source>
        <translation>Das Abrechnungsportal wurde in Ihrem Browser geöffnet. Fügen Sie die Karte dort hinzu; sie erscheint hier mit der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open %1 in a browser to add a card.</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie %1 in einem Browser, um eine Karte hinzuzufügen.</translation>
    </message>
    <message>
        <source>Could not make %1 the default card</source>
        <translation>%1 konnte nicht als Standardkarte festgelegt werden</translation>
    </message>
    <message>
        <source>%1 is now the default card.</source>
        <translation>%1 ist jetzt die Standardkarte.</translation>
    </message>
    <message>
        <source>It is the default card: the newest of the other cards becomes the default. To use this card again, add it on the billing portal.</source>
        <translation>Sie ist die Standardkarte: Die neueste der anderen Karten wird zur Standardkarte. Um diese Karte wieder zu verwenden, fügen Sie sie im Abrechnungsportal hinzu.</translation>
    </message>
    <message>
        <source>It is no longer charged. To use it again, add it on the billing portal.</source>
        <translation>Sie wird nicht mehr belastet. Um sie wieder zu verwenden, fügen Sie sie im Abrechnungsportal hinzu.</translation>
    </message>
    <message>
        <source>Remove Card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>remove a card</comment>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Copy Addr&amp;ess</source>
        <comment>copy the web address</comment>
        <translation>Adresse &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 — %2</source>
        <comment>tooltip: what the control does — why it is disabled</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sign in to make changes.</source>
        <translation>Melden Sie sich an, um Änderungen vorzunehmen.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Role of %1</source>
        <comment>accessible name of the role editor; %1 is the member&apos;s name</comment>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>Type a role&apos;s first letter to pick it, Enter to change the role, Escape to cancel.</source>
        <translation>Anfangsbuchstaben einer Rolle tippen, um sie zu wählen; Eingabe ändert die Rolle, Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>SeatsDialog</name>
    <message>
        <source>Change Seats</source>
        <translation>Plätze ändern</translation>
    </message>
    <message>
        <source>Number of seats</source>
        <translation>Anzahl der Plätze</translation>
    </message>
    <message>
        <source>From %1 to %2 seats</source>
        <translation>Von %1 auf %2 Plätze</translation>
    </message>
    <message>
        <source>What the change does</source>
        <translation>Was die Änderung bewirkt</translation>
    </message>
    <message>
        <source>Details of the change</source>
        <translation>Details der Änderung</translation>
    </message>
    <message>
        <source>Current seats</source>
        <translation>Aktuelle Plätze</translation>
    </message>
    <message>
        <source>Why the seats were not changed</source>
        <translation>Warum die Plätze nicht geändert wurden</translation>
    </message>
    <message>
        <source>&amp;Change Seats</source>
        <translation>Plätze ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <comment>number of seats</comment>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <source>at %1 each</source>
        <comment>price per seat</comment>
        <translation>zu je %1</translation>
    </message>
    <message numerus="yes">
        <source>The subscription has %n seat(s) now, for %1.</source>
        <translation>
            <numerusform>Das Abonnement hat jetzt %n Platz, für %1.</numerusform>
            <numerusform>Das Abonnement hat jetzt %n Plätze, für %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It drops to %n seat(s) on %1.</source>
        <comment>a scheduled decrease</comment>
        <translation>
            <numerusform>Am %1 wird es auf %n Platz verringert.</numerusform>
            <numerusform>Am %1 wird es auf %n Plätze verringert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applies now, prorated</source>
        <translation>Gilt sofort, anteilig berechnet</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n seat(s) costs about %1 for the rest of this period, until %2. It is billed now, on an open invoice.</source>
        <translation>
            <numerusform>%n zusätzlicher Platz kostet für den Rest dieses Zeitraums, bis zum %2, etwa %1. Der Betrag wird sofort auf einer offenen Rechnung berechnet.</numerusform>
            <numerusform>%n zusätzliche Plätze kosten für den Rest dieses Zeitraums, bis zum %2, etwa %1. Der Betrag wird sofort auf einer offenen Rechnung berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new recurring total is %1.</source>
        <translation>Der neue wiederkehrende Gesamtbetrag ist %1.</translation>
    </message>
    <message numerus="yes">
        <source>The scheduled drop to %n seat(s) is cancelled.</source>
        <translation>
            <numerusform>Die geplante Verringerung auf %n Platz wird aufgehoben.</numerusform>
            <numerusform>Die geplante Verringerung auf %n Plätze wird aufgehoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already scheduled</source>
        <translation>Bereits geplant</translation>
    </message>
    <message numerus="yes">
        <source>The subscription already drops to %n seat(s) on %1.</source>
        <translation>
            <numerusform>Das Abonnement wird bereits am %1 auf %n Platz verringert.</numerusform>
            <numerusform>Das Abonnement wird bereits am %1 auf %n Plätze verringert.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the next period, %1</source>
        <comment>the date the decrease takes effect</comment>
        <translation>Ab dem nächsten Zeitraum, %1</translation>
    </message>
    <message numerus="yes">
        <source>You keep %n seat(s) until %1; they are paid for.</source>
        <translation>
            <numerusform>Sie behalten %n Platz bis zum %1; er ist bezahlt.</numerusform>
            <numerusform>Sie behalten %n Plätze bis zum %1; sie sind bezahlt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From then on the subscription has %n seat(s) and costs %1.</source>
        <translation>
            <numerusform>Danach hat das Abonnement %n Platz und kostet %1.</numerusform>
            <numerusform>Danach hat das Abonnement %n Plätze und kostet %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This replaces the scheduled drop to %n seat(s).</source>
        <translation>
            <numerusform>Dies ersetzt die geplante Verringerung auf %n Platz.</numerusform>
            <numerusform>Dies ersetzt die geplante Verringerung auf %n Plätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancels the scheduled decrease</source>
        <translation>Hebt die geplante Verringerung auf</translation>
    </message>
    <message numerus="yes">
        <source>The subscription keeps its %n seat(s) after %1 instead of dropping to %2.</source>
        <translation>
            <numerusform>Das Abonnement behält nach dem %1 seinen %n Platz, statt auf %2 verringert zu werden.</numerusform>
            <numerusform>Das Abonnement behält nach dem %1 seine %n Plätze, statt auf %2 verringert zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
    <message>
        <source>This is the number of seats the subscription has now.</source>
        <translation>So viele Plätze hat das Abonnement bereits.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <source>The seats were not changed: %1</source>
        <translation>Die Plätze wurden nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Re&amp;member me on this computer</source>
        <translation>Auf diesem Computer an&amp;gemeldet bleiben</translation>
    </message>
    <message>
        <source>Invitation link or token</source>
        <translation>Einladungslink oder Token</translation>
    </message>
    <message>
        <source>orgdesk://accept-invitation?… or odi_…</source>
        <translation>orgdesk://accept-invitation?… oder odi_…</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Only for a new account</source>
        <translation>Nur für ein neues Konto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>New account: choose at least %1 characters.
Existing account: your password.</source>
        <translation>Neues Konto: Wählen Sie mindestens %1 Zeichen.
Bestehendes Konto: Ihr Passwort.</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keep the session in the system&apos;s credential store, so that OrgDesk does not ask for the password next time</source>
        <translation>Die Sitzung im Anmeldedatenspeicher des Systems aufbewahren, damit OrgDesk beim nächsten Mal nicht nach dem Passwort fragt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Invitation &amp;link or token:</source>
        <translation>Einladungs&amp;link oder Token:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Accept an Invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <source>Paste the link or the token from your invitation email. If the invited address has no OrgDesk account yet, give your name and choose a password to create one.</source>
        <translation>Fügen Sie den Link oder das Token aus Ihrer Einladungs-E-Mail ein. Hat die eingeladene Adresse noch kein OrgDesk-Konto, geben Sie Ihren Namen ein und wählen Sie ein Passwort, um eines zu erstellen.</translation>
    </message>
    <message>
        <source>The address the invitation was sent to; you sign in with it afterwards</source>
        <translation>Die Adresse, an die die Einladung gesendet wurde; damit melden Sie sich danach an</translation>
    </message>
    <message>
        <source>For a new account, at least %1 characters; otherwise your password</source>
        <translation>Für ein neues Konto mindestens %1 Zeichen; sonst Ihr Passwort</translation>
    </message>
    <message>
        <source>&amp;Accept and sign in</source>
        <translation>&amp;Annehmen und anmelden</translation>
    </message>
    <message>
        <source>Accept and sign in</source>
        <translation>Annehmen und anmelden</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>&amp;Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>Sign in with an existing account instead</source>
        <translation>Stattdessen mit einem bestehenden Konto anmelden</translation>
    </message>
    <message>
        <source>Sign In to OrgDesk</source>
        <translation>Bei OrgDesk anmelden</translation>
    </message>
    <message>
        <source>Sign in to your organization&apos;s OrgDesk server.</source>
        <translation>Melden Sie sich am OrgDesk-Server Ihrer Organisation an.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Accept an in&amp;vitation…</source>
        <translation>E&amp;inladung annehmen…</translation>
    </message>
    <message>
        <source>Accept an invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <source>Join an organization with the link or token from an invitation email</source>
        <translation>Mit dem Link oder Token aus einer Einladungs-E-Mail einer Organisation beitreten</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://orgdesk.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa https://orgdesk.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter one such as https://orgdesk.example.com or http://127.0.0.1:8080.</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie eine ein wie https://orgdesk.example.com oder http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Paste the link or the token from the invitation email.</source>
        <translation>Fügen Sie den Link oder das Token aus der Einladungs-E-Mail ein.</translation>
    </message>
    <message>
        <source>This is not an invitation link or token. Paste the whole orgdesk://accept-invitation link from the invitation email, or the token that starts with odi_.</source>
        <translation>Dies ist kein Einladungslink oder -token. Fügen Sie den vollständigen orgdesk://accept-invitation-Link aus der Einladungs-E-Mail ein oder das Token, das mit odi_ beginnt.</translation>
    </message>
    <message>
        <source>Enter the email address the invitation was sent to: you sign in with it.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, an die die Einladung gesendet wurde: Damit melden Sie sich an.</translation>
    </message>
    <message>
        <source>Your name can be at most %1 characters.</source>
        <translation>Ihr Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter a password: a new one for a new account, else your password.</source>
        <translation>Geben Sie ein Passwort ein: ein neues für ein neues Konto, sonst Ihr Passwort.</translation>
    </message>
    <message>
        <source>A new account&apos;s password needs at least %1 characters.</source>
        <translation>Das Passwort eines neuen Kontos braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Accepting the invitation at %1…</source>
        <translation>Einladung wird bei %1 angenommen…</translation>
    </message>
    <message>
        <source>The server accepted the invitation after all. Sign in to open the organization.</source>
        <translation>Der Server hat die Einladung doch angenommen. Melden Sie sich an, um die Organisation zu öffnen.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>You have joined the organization, but signing in failed: %1</source>
        <translation>Sie sind der Organisation beigetreten, aber die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled: you are not signed in.</source>
        <translation>Abgebrochen: Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Stopped waiting for the server. If it accepted the invitation meanwhile, the token no longer works: sign in instead.</source>
        <translation>Das Warten auf den Server wurde beendet. Falls er die Einladung inzwischen angenommen hat, funktioniert das Token nicht mehr: Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>Stop waiting for the server</source>
        <translation>Nicht länger auf den Server warten</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no offline copy for %1 on this computer yet. Go online and sign in once.</source>
        <translation>Auf diesem Computer gibt es noch keine Offline-Kopie für %1. Gehen Sie online und melden Sie sich einmal an.</translation>
    </message>
    <message>
        <source>Could not sign in as %1</source>
        <translation>Anmeldung als %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SubscriptionPanel</name>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>subscription status</comment>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Status des Abonnements</translation>
    </message>
    <message>
        <source>Seats:</source>
        <comment>number of seats</comment>
        <translation>Plätze:</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Scheduled change of seats</source>
        <translation>Geplante Änderung der Plätze</translation>
    </message>
    <message>
        <source>Price per seat:</source>
        <translation>Preis pro Platz:</translation>
    </message>
    <message>
        <source>Price per seat</source>
        <translation>Preis pro Platz</translation>
    </message>
    <message>
        <source>Billed:</source>
        <comment>how often the subscription is billed</comment>
        <translation>Abrechnung:</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Current period:</source>
        <translation>Aktueller Zeitraum:</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Aktueller Zeitraum</translation>
    </message>
    <message>
        <source>Next renewal:</source>
        <translation>Nächste Verlängerung:</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Nächste Verlängerung</translation>
    </message>
    <message>
        <source>Change seats</source>
        <translation>Plätze ändern</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Drops to %n seat(s) on %1</source>
        <comment>a scheduled decrease of seats</comment>
        <translation>
            <numerusform>Ab %1 nur noch %n Platz</numerusform>
            <numerusform>Ab %1 nur noch %n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>from date – to date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n seat(s)</source>
        <comment>recurring total</comment>
        <translation>
            <numerusform>%1 für %n Platz</numerusform>
            <numerusform>%1 für %n Plätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>The offline cache cannot be opened: %1</source>
        <translation>Der Offline-Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>You are no longer a member of this organization.</source>
        <translation>Sie sind kein Mitglied dieser Organisation mehr.</translation>
    </message>
    <message>
        <source>The offline cache could not be written: %1</source>
        <translation>Der Offline-Cache konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>TabPage</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Not shown for your role</source>
        <translation>Für Ihre Rolle nicht sichtbar</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>Offline nicht verfügbar</translation>
    </message>
</context>
</TS>
