<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Reasons</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1 %)</translation>
    </message>
    <message>
        <source>%1: %2, at or above the concern cut-off %3</source>
        <translation>%1: %2, yltää huolirajaan %3</translation>
    </message>
    <message>
        <source>%1: %2, at or above the watch cut-off %3</source>
        <translation>%1: %2, yltää seurantarajaan %3</translation>
    </message>
    <message>
        <source>%1: %2, at or below the concern cut-off %3</source>
        <translation>%1: %2, huolirajalla %3 tai sen alla</translation>
    </message>
    <message>
        <source>%1: %2, at or below the watch cut-off %3</source>
        <translation>%1: %2, seurantarajalla %3 tai sen alla</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Critical answer: %1: &quot;%2&quot;. Needs a response today.</source>
        <translation>Kriittinen vastaus: %1: ”%2”. Vaatii yhteydenoton tänään.</translation>
    </message>
    <message>
        <source>%1 areas at watch level together (%2): overall level raised to concern</source>
        <translation>%1 osa-aluetta yhtä aikaa seurattavalla tasolla (%2): kokonaistaso nostettu huoleksi</translation>
    </message>
    <message>
        <source>%1: %2 now, %3 at the previous screening; a change of %4 exceeds the reliable change %5</source>
        <translation>%1: nyt %2, edellisessä seulonnassa %3; muutos %4 ylittää luotettavan muutoksen rajan %5</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items unanswered, at most %4 allowed</source>
        <translation>%1: %2/%3 kysymykseen ei vastattu, enintään %4 sallitaan</translation>
    </message>
</context>
</TS>
