<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>Reasons</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1 %)</translation>
    </message>
    <message>
        <source>%1: %2, at or above the concern cut-off %3</source>
        <translation>%1: %2, når orosgränsen %3</translation>
    </message>
    <message>
        <source>%1: %2, at or above the watch cut-off %3</source>
        <translation>%1: %2, når uppföljningsgränsen %3</translation>
    </message>
    <message>
        <source>%1: %2, at or below the concern cut-off %3</source>
        <translation>%1: %2, på eller under orosgränsen %3</translation>
    </message>
    <message>
        <source>%1: %2, at or below the watch cut-off %3</source>
        <translation>%1: %2, på eller under uppföljningsgränsen %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Critical answer: %1: &quot;%2&quot;. Needs a response today.</source>
        <translation>Kritiskt svar: %1: ”%2”. Kräver kontakt i dag.</translation>
    </message>
    <message>
        <source>%1 areas at watch level together (%2): overall level raised to concern</source>
        <translation>%1 områden samtidigt på uppföljningsnivå (%2): helhetsnivån höjd till oro</translation>
    </message>
    <message>
        <source>%1: %2 now, %3 at the previous screening; a change of %4 exceeds the reliable change %5</source>
        <translation>%1: nu %2, vid förra screeningen %3; förändringen %4 överskrider gränsen för tillförlitlig förändring %5</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items unanswered, at most %4 allowed</source>
        <translation>%1: %2 av %3 frågor obesvarade, högst %4 tillåts</translation>
    </message>
</context>
</TS>
