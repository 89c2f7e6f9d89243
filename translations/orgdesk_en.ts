<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyWriter</name>
    <message numerus="yes">
        <source>Remove these %n API key(s)?</source>
        <translation>
            <numerusform>Remove these %n API key?</numerusform>
            <numerusform>Remove these %n API keys?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) removed.</source>
        <translation>
            <numerusform>%n API key removed.</numerusform>
            <numerusform>%n API keys removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <comment>API keys</comment>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secret copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Secret copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Secret copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message numerus="yes">
        <source>The subscription now has %n seat(s). The charge for the rest of this period is on a new open invoice.</source>
        <translation>
            <numerusform>The subscription now has %n seat. The charge for the rest of this period is on a new open invoice.</numerusform>
            <numerusform>The subscription now has %n seats. The charge for the rest of this period is on a new open invoice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The subscription drops to %n seat(s) on %1.</source>
        <translation>
            <numerusform>The subscription drops to %n seat on %1.</numerusform>
            <numerusform>The subscription drops to %n seats on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scheduled decrease is cancelled: the subscription keeps %n seat(s).</source>
        <translation>
            <numerusform>The scheduled decrease is cancelled: the subscription keeps %n seat.</numerusform>
            <numerusform>The scheduled decrease is cancelled: the subscription keeps %n seats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message numerus="yes">
        <source>Showing %1 of %n members. Type more to narrow down.</source>
        <translation>
            <numerusform>Showing %1 of %n members. Type more to narrow down.</numerusform>
            <numerusform>Showing %1 of %n members. Type more to narrow down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s). Enter shows the member on the Members tab.</source>
        <translation>
            <numerusform>%n member. Enter shows the member on the Members tab.</numerusform>
            <numerusform>%n members. Enter shows the member on the Members tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySecretDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatsDialog</name>
    <message numerus="yes">
        <source>The subscription has %n seat(s) now, for %1.</source>
        <translation>
            <numerusform>The subscription has %n seat now, for %1.</numerusform>
            <numerusform>The subscription has %n seats now, for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It drops to %n seat(s) on %1.</source>
        <comment>a scheduled decrease</comment>
        <translation>
            <numerusform>It drops to %n seat on %1.</numerusform>
            <numerusform>It drops to %n seats on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n seat(s) costs about %1 for the rest of this period, until %2. It is billed now, on an open invoice.</source>
        <translation>
            <numerusform>Adding %n seat costs about %1 for the rest of this period, until %2. It is billed now, on an open invoice.</numerusform>
            <numerusform>Adding %n seats costs about %1 for the rest of this period, until %2. It is billed now, on an open invoice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scheduled drop to %n seat(s) is cancelled.</source>
        <translation>
            <numerusform>The scheduled drop to %n seat is cancelled.</numerusform>
            <numerusform>The scheduled drop to %n seats is cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The subscription already drops to %n seat(s) on %1.</source>
        <translation>
            <numerusform>The subscription already drops to %n seat on %1.</numerusform>
            <numerusform>The subscription already drops to %n seats on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You keep %n seat(s) until %1; they are paid for.</source>
        <translation>
            <numerusform>You keep %n seat until %1; they are paid for.</numerusform>
            <numerusform>You keep %n seats until %1; they are paid for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From then on the subscription has %n seat(s) and costs %1.</source>
        <translation>
            <numerusform>From then on the subscription has %n seat and costs %1.</numerusform>
            <numerusform>From then on the subscription has %n seats and costs %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This replaces the scheduled drop to %n seat(s).</source>
        <translation>
            <numerusform>This replaces the scheduled drop to %n seat.</numerusform>
            <numerusform>This replaces the scheduled drop to %n seats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The subscription keeps its %n seat(s) after %1 instead of dropping to %2.</source>
        <translation>
            <numerusform>The subscription keeps its %n seat after %1 instead of dropping to %2.</numerusform>
            <numerusform>The subscription keeps its %n seats after %1 instead of dropping to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionPanel</name>
    <message numerus="yes">
        <source>Drops to %n seat(s) on %1</source>
        <comment>a scheduled decrease of seats</comment>
        <translation>
            <numerusform>Drops to %n seat on %1</numerusform>
            <numerusform>Drops to %n seats on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n seat(s)</source>
        <comment>recurring total</comment>
        <translation>
            <numerusform>%1 for %n seat</numerusform>
            <numerusform>%1 for %n seats</numerusform>
        </translation>
    </message>
</context>
</TS>
